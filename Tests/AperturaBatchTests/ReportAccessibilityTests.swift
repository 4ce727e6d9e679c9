import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// report.html as a screen reader meets it (WCAG 2.1 AA): the page's language and title, its outline and its landmarks.
@Suite struct ReportAccessibilityTests {
    /// The page's language is the report's (3.1.1), its title names the rule set (2.4.2), and its outline has one h1
    /// and never skips a level (1.3.1): with quadrants, 1, 2, 2, 3, 2, ...
    @Test(arguments: [(Language.es, "Evaluación en lote"), (Language.en, "Batch evaluation")])
    func languageTitleAndOutline(language: Language, title: String) throws {
        var summary = try Fixtures.examplesSummary("a11y-outline-\(language.rawValue)")
        summary.quadrants = summary.levels
        let html = BatchHTMLRenderer(language: language).render(summary)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n"))
        #expect(html.contains("<title>\(title): \(summary.ruleSet.name)</title>"))
        let levels = ReportHeadingTests.headingLevels(html)
        #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1, "\(levels)")
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(levels)")
        #expect(levels.contains(3))
    }

    /// The footer was inside <main>, where it is no landmark (Chromium exposed it as a "sectionfooter"); after
    /// <main> it is the page's contentinfo (1.3.1). The page has one <main>, which opens with the h1.
    @Test func theFooterIsTheContentinfoLandmark() throws {
        let html = BatchHTMLRenderer(language: .es).render(try Fixtures.examplesSummary("a11y-landmarks"))
        #expect(html.components(separatedBy: "<main>").count == 2)
        #expect(html.contains("<body>\n<main>\n<h1>"))
        #expect(html.contains("</section>\n</main>\n<footer><p>Generado por apertura batch;"))
        #expect(html.hasSuffix("</p></footer>\n</body>\n</html>\n"))
        // The footer keeps the page's width and margins outside <main> too, on screen and in print.
        #expect(html.contains("main,footer{max-width:70rem;margin:0 auto;padding:1rem}"))
        #expect(html.contains("@media print{main,footer{max-width:none;padding:0}"))
    }
}
