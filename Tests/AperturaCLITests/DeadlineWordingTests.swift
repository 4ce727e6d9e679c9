import Foundation
import TestSupport
import Testing

/// A phase's end date is inclusive: Spanish says «a más tardar el 2027-12-31» («antes del» read as the day before),
/// as English says "by 2027-12-31". Nuevo León misses rules whose goals run to the end of Inicio and of Consolidación.
@Suite struct DeadlineWordingTests {
    func report(_ format: String) throws -> String {
        let r = try CLI.run(["evaluate", "Examples/ejecutivo-estatal-nuevo-leon.yaml", "--as-of", "2026-06-30", "--format", format])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func theDeadlineReadsAsInclusiveInEveryFormat() throws {
        let text = try report("text")
        #expect(text.contains("(distancia 25 puntos porcentuales) a más tardar el 2027-12-31\n"), "\(text)")
        #expect(text.contains("siguiente fase: ≥ 75 % [meta propuesta] a más tardar el 2030-12-31\n"))
        let markdown = try report("markdown")
        #expect(markdown.contains("a más tardar el 2027-12-31"), "\(markdown)")
        let html = try report("html")
        #expect(html.contains("<dt>A más tardar el</dt><dd><span class=\"nw\">2027-12-31</span></dd>"), "\(html)")
        #expect(html.contains("a más tardar el <span class=\"nw\">2030-12-31</span>"))
        for output in [text, markdown, html] { #expect(!output.contains("antes del")) }
    }
}
