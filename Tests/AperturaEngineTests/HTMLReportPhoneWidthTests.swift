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
}
