import AperturaBatch
import AperturaReports
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
        #expect(html.contains("</section>\n</main>\n<footer><p>Generado por apertura \(ToolVersion.current) (batch).</p></footer>"))
        #expect(html.hasSuffix("</p></footer>\n</body>\n</html>\n"))
        // The footer keeps the page's width and margins outside <main> too, on screen and in print.
        #expect(html.contains("main,footer{max-width:70rem;margin:0 auto;padding:1rem}"))
        #expect(html.contains("@media print{main,footer{max-width:none;padding:0}"))
    }

    /// Each chart's accessible name was its section's heading ("Niveles"), which said nothing of what is drawn, and
    /// Chromium exposed every label and value of the drawing under the image, to be read after the name and again
    /// in the table (1.1.1, 1.3.1). Now the name says what the chart shows, the description names the table with
    /// the same numbers, and the drawing is in a group hidden from assistive technology.
    @Test func eachChartSaysWhatItShowsAndHidesItsDrawing() throws {
        var summary = try Fixtures.examplesSummary("a11y-charts")
        summary.quadrants = summary.levels
        let html = BatchHTMLRenderer(language: .es).render(summary)
        let expected = [
            ("distribution", "Número de instituciones por intervalo de puntaje", "Distribución de puntajes"),
            ("levels", "Número de instituciones por nivel", "Niveles"),
            ("quadrants", "Número de instituciones por cuadrante", "Cuadrantes"),
            ("by-state", "Puntaje medio por entidad federativa", "Resultados por entidad federativa"),
            ("by-order", "Puntaje medio por orden de gobierno", "Resultados por orden de gobierno"),
            ("by-kind", "Puntaje medio por tipo de institución", "Resultados por tipo de institución"),
            ("rules", "Porcentaje de instituciones que cumplen cada regla, de aquellas a las que aplica", "Tasa de cumplimiento por regla"),
            ("gaps", "Número de instituciones que no cumplen cada una de las reglas más incumplidas", "Brechas más frecuentes"),
            ("goals", "Valor actual de cada meta poblacional frente a la meta de la fase, marcada en su barra", "Metas poblacionales"),
        ]
        let charts = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") + "</svg>" }
        #expect(charts.count == expected.count)
        for (chart, (id, name, table)) in zip(charts, expected) {
            #expect(chart.contains(" role=\"img\" aria-labelledby=\"chart-\(id)\" aria-describedby=\"chart-\(id)-desc\" "), "\(id)")
            // The name and description come first; everything drawn is inside the hidden group, which ends the chart.
            #expect(chart.contains("><title id=\"chart-\(id)\">\(name)</title><desc id=\"chart-\(id)-desc\">"
                                   + "Los mismos datos están en la tabla «\(table)».</desc><g aria-hidden=\"true\"><"), "\(id)")
            #expect(chart.hasSuffix("</g></svg>"), "\(id)")
            #expect(chart.components(separatedBy: "<g ").count == 2 && chart.components(separatedBy: "</g>").count == 2, "\(id)")
            // The table it points to is the next one, with that caption.
            let after = try #require(html.components(separatedBy: chart).dropFirst().first)
            #expect(after.components(separatedBy: "<caption").dropFirst().first?.components(separatedBy: "</caption>").first?
                .hasSuffix(">\(table)") == true, "\(id)")
        }
        let en = BatchHTMLRenderer(language: .en).render(summary)
        #expect(en.contains("<title id=\"chart-levels\">Number of institutions by level</title>"
                            + "<desc id=\"chart-levels-desc\">The same figures are in the table “Levels”.</desc>"))
    }

    /// A table wider than a phone scrolls sideways in its own box (allowed by 1.4.10), but a box that is not focusable
    /// cannot be scrolled from the keyboard in browsers that do not focus scrolling boxes themselves (2.1.1). Every
    /// table's box is now a region named by its caption, in the Tab order, with a visible focus outline (2.4.7).
    @Test func tableBoxesCanBeScrolledFromTheKeyboard() throws {
        var summary = try Fixtures.examplesSummary("a11y-table-boxes")
        summary.quadrants = summary.levels
        summary.errorCodes = ["unknown_key": 2]
        let html = BatchHTMLRenderer(language: .es).render(summary)
        let ids = html.components(separatedBy: "<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
        #expect(ids == ["distribution", "levels", "quadrants", "by-state", "by-order", "by-kind", "objectives", "indicators", "rules",
                        "gaps", "goals", "errors"])
        #expect(html.components(separatedBy: "<table>").count - 1 == ids.count)
        for id in ids {
            // Each region is named by its own table's caption, and the ids are unique.
            #expect(html.contains("aria-labelledby=\"table-\(id)\"><table><caption id=\"table-\(id)\">"), "\(id)")
            #expect(html.components(separatedBy: "id=\"table-\(id)\"").count == 2, "\(id)")
        }
        #expect(html.contains(".table:focus-visible{outline:2px solid var(--fg);outline-offset:2px}"))
        // Every column has its header cell, and every row its header: the first cell of each body row.
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let head = try #require(table.components(separatedBy: "</thead>").first)
            let columns = head.components(separatedBy: "<th scope=\"col\"").count - 1
            #expect(columns >= 2 && !head.contains("<td"))
            for row in (table.components(separatedBy: "<tbody>").dropFirst().first ?? "").components(separatedBy: "<tr>").dropFirst() {
                #expect(row.hasPrefix("<th scope=\"row\">"))
                #expect(row.components(separatedBy: "<td ").count == columns, "\(row)")
            }
        }
    }

    /// "—" (no value) and the dash of a score range are signs that a screen reader at its usual punctuation level
    /// skips: a rule that applies to no one had a rate cell read as nothing, and "0.1000 – 0.2000" was read
    /// "0.1000 0.2000" (1.3.1). The eye still sees the sign; a screen reader gets words, in text hidden from the eye.
    @Test(arguments: [(Language.es, "sin valor", "a"), (Language.en, "no value", "to")])
    func signsAreSaidInWords(language: Language, noValue: String, to: String) throws {
        var summary = try Fixtures.examplesSummary("a11y-said-\(language.rawValue)")
        summary.score.mean = nil
        summary.rules[0].passRate = nil
        let html = BatchHTMLRenderer(language: language).render(summary)
        let said = "<span aria-hidden=\"true\">—</span><span class=\"vh\">\(noValue)</span>"
        // In the key figures, and in the first cell (the rate) of the first rule's row.
        #expect(html.contains("</dt><dd>\(said)</dd></div></dl>"))
        let rules = try #require(html.components(separatedBy: "<section id=\"rules\"").dropFirst().first?.components(separatedBy: "</section>").first)
        let firstRow = try #require(rules.components(separatedBy: "<tbody><tr>").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(firstRow.contains("</th><td class=\"num\">\(said)</td>"))
        // The histogram's second bin, 0.1 to 0.2.
        #expect(html.contains("<tr><th scope=\"row\"><span aria-hidden=\"true\">0.1000 – 0.2000</span>"
                              + "<span class=\"vh\">0.1000 \(to) 0.2000</span></th><td class=\"num\">"))
        // No bare "—" is left in a cell or a key figure, nor a range without its words.
        #expect(!html.contains(">—</td>") && !html.contains(">—</dd>") && !html.contains("<th scope=\"row\">0.1000 – "))
        // The hidden text is taken out of the layout, and its box keeps it from widening the page.
        #expect(html.contains(".vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}"))
        #expect(html.contains(".table,dd{position:relative}"))
        // A goal without a baseline: its baseline cell is "—" said in words.
        let goals = try #require(html.components(separatedBy: "<section id=\"goals\"").dropFirst().first)
        #expect(goals.contains("<td class=\"num\">\(said)</td>"))
    }

    /// The page said what scale its numbers are on (scores 0 to 1, shares and ratios as percentages, other indicators in
    /// their own unit) only in its footer, after every number: a screen reader reads in order, and "Puntaje medio 0.6063"
    /// came without its scale until the end of the page. The note now follows the key figures, before the first chart and table.
    @Test(arguments: [(Language.es, "Los puntajes van de 0 a 1; las proporciones y las razones se dan en porcentaje; los demás indicadores y sus metas, en su propia unidad."),
                      (Language.en, "Scores range from 0 to 1; shares and ratios are given as percentages; other indicators and their goals, in their own unit.")])
    func theScaleOfTheNumbersIsSaidBeforeThem(language: Language, note: String) throws {
        let html = BatchHTMLRenderer(language: language).render(try Fixtures.examplesSummary("a11y-scales-\(language.rawValue)"))
        #expect(html.contains("</div></dl>\n<p class=\"scales\">\(note)</p>\n<section id=\"distribution\""))
        #expect(html.components(separatedBy: note).count == 2)
    }
}
