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

    /// At 320 CSS px (WCAG 1.4.10's reflow width) the narrow tables fit their box: the levels table's columns need
    /// 297 px at their narrowest ("En desarrollo", "Instituciones", "Proporción" in .85rem bold, with .25rem of
    /// padding a side), and the page's padding of .5rem a side leaves 304 px. With 1rem a side and .4rem cell
    /// padding the box was 288 px, and the levels (328 px), kinds (303 px) and states (290 px) tables scrolled
    /// sideways (measured in Chromium). At .85rem the kinds (306 px) and most frequent gaps (313 px) tables of the
    /// Examples still scrolled by a few pixels; below 21 rem (336 px) .8rem text and .15rem/.2rem padding make
    /// them fit (measured in Chromium at 320 px with an overlay scrollbar, as on phones). The rules and goals
    /// tables are wide by nature and still scroll.
    @Test func narrowTablesFitA320PixelScreen() throws {
        let html = BatchHTMLRenderer(language: .es).render(try Fixtures.examplesSummary("phone-320"))
        #expect(html.contains("@media (max-width:24rem){main,footer{padding:.5rem}table{font-size:.85rem}th,td{padding:.2rem .25rem}}"))
        #expect(html.contains("@media (max-width:21rem){table{font-size:.8rem}th,td{padding:.15rem .2rem}}"))
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
