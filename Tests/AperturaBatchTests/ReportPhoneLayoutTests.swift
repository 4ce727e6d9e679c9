import AperturaBatch
import Foundation
import Testing

/// report.html on a 390 px phone: wide tables scroll inside their own box, not the page, and keep a readable
/// first column. (The rules table squeezed its rule names to a word a line, "Cumplimiento / de / obligaciones".)
@Suite struct ReportPhoneLayoutTests {
    @Test func wideTablesScrollInTheirBoxWithAReadableFirstColumn() throws {
        let out = Fixtures.temporaryDirectory("phone-layout")
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        let html = Fixtures.read(out + "/report.html")
        // Every table is inside a box that scrolls sideways.
        let tables = html.components(separatedBy: "<table>").count - 1
        #expect(tables == 10)
        #expect(html.components(separatedBy: "<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-").count - 1 == tables)
        #expect(html.contains(".table{overflow-x:auto}"))
        // The rule and goal tables are the wide ones; their row headers keep 10 rem.
        #expect(html.components(separatedBy: "<div class=\"pair wide\">").count - 1 == 2)
        #expect(html.contains(".wide th[scope=row]{min-width:10rem}"))
        // Two charts in one section (levels and quadrants) do not touch.
        #expect(html.contains(".pair+.pair{margin-top:1.5rem}"))
    }

    /// An id without spaces ("politica_de_apertura_institucional_sujetos_obligados_2025", 58 characters) in the key
    /// figures ran out of its card and widened the page to 661 px on a 390 px phone; the title and key figures now
    /// break anywhere when a word does not fit.
    @Test func aLongIdInTheKeyFiguresBreaksInsteadOfWideningThePage() throws {
        var summary = try Fixtures.examplesSummary("phone-long-id")
        summary.ruleSet.id = "politica_de_apertura_institucional_sujetos_obligados_2025"
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(html.contains("<dd>Política de Apertura Institucional (sujetos obligados) (politica_de_apertura_institucional_sujetos_obligados_2025 2025.1)</dd>"))
        #expect(html.contains("h1,dd{overflow-wrap:anywhere}"))
    }
}
