@testable import AperturaBatch
import AperturaReports
import AperturaSource
import Testing

/// Every bar of the population-goals chart is drawn on its own unit's full range, so that equal lengths are
/// equal shares of the range: a ratio on 0–1, a percentage or a 0–100 score on 0–100, and only a unit with no
/// fixed top (an index, a count) against the larger of its value and its goal.
@Suite struct ReportGoalScaleTests {
    /// The goals chart of a rendered page, up to its caption.
    static func goalsChart(_ html: String) throws -> String {
        try #require(html.components(separatedBy: "aria-labelledby=\"chart-goals\"").dropFirst().first?
            .components(separatedBy: "</figure>").first)
    }

    /// The PAI examples' four goals (two lines of label each, so bars at y = 36, 88, 140, 192 and ticks 2 above).
    /// Committees at 70 % of a 30 % goal: 0.7 × 200 = 140, the tick at 0.3 × 200 = 60 (x = 2 + 60 − 1 = 61), the text
    /// at 2 + max(140, 62) + 5 = 147. The portal mean, 70 on a 0–100 score, is as long: 70 / 100 × 200 = 140, its
    /// goal of 75 at 150 (x = 151), the text at 2 + max(140, 152) + 5 = 159. Drawn against its goal, as it was, 70 of
    /// 75 made 187 units and the tick stood at 200, where 100 % stands on the other rows.
    @Test func aScoreOnAHundredIsDrawnOnTheSameRangeAsAShare() throws {
        var summary = try Fixtures.examplesSummary("goal-scale-score")
        #expect(summary.populationGoals.map(\.id) == ["comites_instalados", "agendas_publicadas", "portal_promedio", "datos_publicados_share"])
        summary.populationGoals[0].actual = 0.7
        summary.populationGoals[0].target = 0.3
        #expect(summary.populationGoals[2].unit == "score_100")
        summary.populationGoals[2].actual = 70
        summary.populationGoals[2].target = 75
        let chart = try Self.goalsChart(BatchHTMLRenderer(language: .es).render(summary))
        #expect(chart.contains("<rect x=\"2\" y=\"36\" width=\"140\" height=\"12\" class=\"bar\"/><text x=\"147\" y=\"47\">70.0\u{00A0}% / 30.0\u{00A0}%</text>"
                               + "<rect x=\"61\" y=\"34\" width=\"3\" height=\"16\" class=\"goal\"/>"))
        #expect(chart.contains("<rect x=\"2\" y=\"140\" width=\"140\" height=\"12\" class=\"bar\"/><text x=\"159\" y=\"151\">70.00 / 75.00</text>"
                               + "<rect x=\"151\" y=\"138\" width=\"3\" height=\"16\" class=\"goal\"/>"))
        // Every unit here has a fixed top: the caption says only what the tick is.
        #expect(chart.contains("<figcaption>La marca vertical señala la meta de la fase; la tabla da los valores.</figcaption>"))
    }

    /// The analyst's run: 69.5667 of a goal of 75 on a 0–100 score, 69.5667 / 100 × 200 = 139.1 → 139 (it was 186),
    /// the tick at 150 (x = 151, it was 201), the text at 2 + 152 + 5 = 159.
    @Test func theAnalystsPortalMeanIsDrawnOnAHundred() throws {
        var summary = try Fixtures.examplesSummary("goal-scale-analyst")
        summary.populationGoals[2].actual = 69.566667
        summary.populationGoals[2].target = 75
        let chart = try Self.goalsChart(BatchHTMLRenderer(language: .es).render(summary))
        #expect(chart.contains("<rect x=\"2\" y=\"140\" width=\"139\" height=\"12\" class=\"bar\"/><text x=\"159\" y=\"151\">69.56 / 75.00</text>"
                               + "<rect x=\"151\" y=\"138\" width=\"3\" height=\"16\" class=\"goal\"/>"))
    }

    /// An index has no fixed top: the Métrica's mean index 0.39 against a goal of 0.6 is drawn on 0–0.6, 0.39 / 0.6 × 200
    /// = 130, the tick at the full 200 (x = 201), the text at 2 + 202 + 5 = 209; and the caption names it.
    @Test(arguments: [(Language.es, "las que no tienen tope fijo (un índice, un conteo: «"),
                      (Language.en, "those with no fixed top (an index, a count: ‘")])
    func anIndexIsDrawnAgainstTheLargerOfValueAndGoalAndSaysSo(language: Language, said: String) throws {
        var summary = try Fixtures.examplesSummary("goal-scale-index-\(language.rawValue)")
        let name = summary.populationGoals[2].name
        summary.populationGoals[2].unit = "index"
        summary.populationGoals[2].actual = 0.39
        summary.populationGoals[2].target = 0.6
        let chart = try Self.goalsChart(BatchHTMLRenderer(language: language).render(summary))
        #expect(chart.contains("<rect x=\"2\" y=\"140\" width=\"130\" height=\"12\" class=\"bar\"/><text x=\"209\" y=\"151\">0.3900 / 0.6000</text>"
                               + "<rect x=\"201\" y=\"138\" width=\"3\" height=\"16\" class=\"goal\"/>"))
        #expect(chart.contains(MarkupText.escape(said + name)))
    }
}
