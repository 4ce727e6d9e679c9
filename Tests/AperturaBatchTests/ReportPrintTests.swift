import AperturaBatch
import Foundation
import Testing

/// Printing report.html: a section that fits a page is kept whole; a longer one flows from where the last one
/// ended, breaking between rows. (Every section used to be kept whole: one taller than a page, such as the 33
/// rows by state, was pushed to a new page anyway and left the page before it mostly blank.)
@Suite struct ReportPrintTests {
    /// The opening tag of a section: `<section id="by-state" class="keep">`.
    static func openingTag(_ id: String, in html: String) throws -> String {
        let rest = try #require(html.components(separatedBy: "<section id=\"\(id)\"").dropFirst().first)
        return "<section id=\"\(id)\"" + (rest.components(separatedBy: ">").first ?? "") + ">"
    }

    @Test func sectionsOfUpToFifteenRowsAreKeptWholeLongerOnesFlow() throws {
        var summary = try Fixtures.examplesSummary("print-sections")
        let state = try #require(summary.byState.first)
        func states(_ n: Int) -> [BatchSummary.Group] {
            (1...n).map { i in var g = state; g.id = "e\(i)"; g.name = "Entidad \(i)"; return g }
        }
        summary.byState = states(15)
        var html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(try Self.openingTag("by-state", in: html) == "<section id=\"by-state\" class=\"keep\">")
        summary.byState = states(16)
        html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(try Self.openingTag("by-state", in: html) == "<section id=\"by-state\">")
        // The PAI policy's 18 rules: the rules table flows; its 4 levels are kept whole.
        #expect(summary.rules.count == 18)
        #expect(try Self.openingTag("rules", in: html) == "<section id=\"rules\">")
        #expect(try Self.openingTag("levels", in: html) == "<section id=\"levels\" class=\"keep\">")
        // The print style keeps those, rows and charts whole, repeats table headers, and no longer keeps every section.
        let print = try #require(html.components(separatedBy: "@media print{").dropFirst().first?.components(separatedBy: "</style>").first)
        // A chart's pieces are kept whole, not the figure, which may break between them (`ChartScale.printHeight`).
        #expect(print.contains("section.keep,.chart,tr,.facts div{break-inside:avoid}"))
        #expect(print.contains("thead{display:table-header-group}"))
        #expect(!print.contains("section{break-inside:avoid}"))
        // A chart is one drawing that a page break would slice in two: a Letter page less Chrome's default margins
        // (about 0.4 in each) is about 10.2 in high, and a chart is never drawn taller than 8.5 in, which leaves room
        // for its section's heading to come along. (The 32 states of a generated population, 2 + 32 × 36 = 1154
        // units high, about 1140 px in a printed half-page column, were cut across two pages.)
        #expect(print.contains(".chart{max-height:8.5in}"))
    }
}
