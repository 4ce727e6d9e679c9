import Testing
import TestSupport

/// A check rule (`check:` instead of an indicator) has no goal to name: the text gap view says it "must hold"
/// («actual no → debe cumplirse a más tardar el …»), and the Markdown and HTML ones said only «actual no; a más tardar el …»,
/// which reads as if the goal had been left out. All three now say it.
@Suite struct CheckGapWordingTests {
    /// Zapopan's first mechanism is working (`funcionando: true`) with no session minuted: `mecanismos_con_minuta`
    /// (participacion.yaml) is not met, due by the end of the start phase (2027-12-31).
    static func run(_ format: String, _ language: String) throws -> String {
        let path = try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [("sesiones_con_minuta: 6", "sesiones_con_minuta: 0")])
        let r = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--view", "gaps", "--format", format, "--lang", language])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func textMarkdownAndHTMLSayTheCheckMustHold() throws {
        #expect(try Self.run("text", "es").contains("[mecanismos_con_minuta]\n     actual no → debe cumplirse a más tardar el 2027-12-31\n"))
        #expect(try Self.run("markdown", "es").contains(
            "(`mecanismos_con_minuta`): no cumple; actual no; debe cumplirse a más tardar el 2027-12-31; aporta +0.03\n"))
        #expect(try Self.run("html", "es").contains(
            "<code>mecanismos_con_minuta</code></h3><dl><div><dt>Resultado</dt><dd><span class=\"outcome bad\"><span aria-hidden=\"true\">✘</span> no cumple</span></dd></div>"
            + "<div><dt>Actual</dt><dd>no</dd></div><div><dt>Meta</dt><dd>debe cumplirse</dd></div><div><dt>A más tardar el</dt><dd><span class=\"nw\">2027-12-31</span></dd></div>"))
        #expect(try Self.run("markdown", "en").contains(
            "(`mecanismos_con_minuta`): not met; actual no; must hold by 2027-12-31; adds +0.03\n"))
        #expect(try Self.run("html", "en").contains(
            "<div><dt>Actual</dt><dd>no</dd></div><div><dt>Goal</dt><dd>must hold</dd></div><div><dt>By</dt><dd><span class=\"nw\">2027-12-31</span></dd></div>"))
    }
}
