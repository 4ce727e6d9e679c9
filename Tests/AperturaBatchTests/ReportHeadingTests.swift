import AperturaBatch
import Foundation
import Testing

/// report.html's outline: one h1, a h2 per section, and the quadrants (drawn inside the levels section) under
/// their own h3, so that a screen reader's list of headings reaches them. They had none.
@Suite struct ReportHeadingTests {
    /// The heading levels in page order: `<h2>` → 2.
    static func headingLevels(_ html: String) -> [Int] {
        html.components(separatedBy: "<h").dropFirst().compactMap { piece in
            guard let digit = piece.first?.wholeNumberValue, piece.dropFirst().first == ">" else { return nil }
            return digit
        }
    }

    @Test func quadrantsHaveTheirOwnHeadingUnderLevels() throws {
        var summary = try Fixtures.examplesSummary("headings")
        // The PAI policy has no quadrants: one h1, then its 10 sections (no errors section: every example is valid).
        #expect(summary.quadrants.isEmpty)
        #expect(Self.headingLevels(BatchHTMLRenderer(language: .es).render(summary)) == [1] + Array(repeating: 2, count: 10))
        summary.quadrants = summary.levels
        summary.quadrants[0].name = "Transparente y participativo"
        let es = BatchHTMLRenderer(language: .es).render(summary)
        #expect(Self.headingLevels(es) == [1, 2, 2, 3] + Array(repeating: 2, count: 8))
        let levels = try #require(es.components(separatedBy: "<h2>Niveles</h2>").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(levels.contains("</table></div></div><h3>Cuadrantes</h3><div class=\"pair\">"))
        #expect(BatchHTMLRenderer(language: .en).render(summary).contains("<h3>Quadrants</h3>"))
    }
}
