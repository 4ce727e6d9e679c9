import AperturaModel
@testable import AperturaReports
import AperturaSource
import Foundation
import Testing

/// A self-assessment saved under a long name without spaces ("autoevaluacion_pai_municipio_zapopan_2025_final.yaml")
/// is shown in `<dd><code>` (the file, and each gap's place): with only `overflow-wrap:break-word` the code kept its
/// whole width as the grid's minimum, and the page was 499 px wide in a 360 px frame (measured in Chromium).
/// Breaking anywhere inside such code brings it to 345 px.
@Suite struct HTMLReportPhoneWidthTests {
    @Test func aLongFilePathBreaksInsteadOfWideningThePage() throws {
        let html = HTMLReportRenderer(language: .es).render(try MiniReportContentTests.report(.es))
        #expect(html.contains("<dt>Autoevaluación</dt><dd><code>"))
        #expect(html.contains("dd code,.where code,.reads code{overflow-wrap:anywhere}"))
    }

    /// On a 360 px phone the compliance table needed sideways scrolling to reach Valor and Meta: below 36rem each row
    /// is stacked, every cell after its column's name (our own words, in `data-label`), empty cells left out. A date
    /// broke as `2030-12-` / `31` in a gap card: dates are kept whole.
    @Test func theComplianceTableStacksAndDatesDoNotBreak() throws {
        let html = HTMLReportRenderer(language: .es).render(try MiniReportContentTests.report(.es))
        #expect(html.contains("<td data-label=\"Valor\">"))
        #expect(html.contains("<td data-label=\"Meta\">"))
        #expect(html.contains(".wide td::before{content:attr(data-label) \": \""))
        #expect(html.contains("@media (max-width:36rem){.wide,.wide caption,.wide tbody,.wide tr,.wide th,.wide td{display:block"))
        #expect(html.contains(".nw{white-space:nowrap}"))
        #expect(html.contains("<dt>A más tardar el</dt><dd><span class=\"nw\">2027-12-31</span></dd>"), "\(html)")
    }
}
