import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// The charts of report.html stay inside their drawing, and the page says what scale its values are on.
@Suite struct ReportChartTests {
    /// The integers of an attribute across the page (`width="12"` → 12).
    static func values(of attribute: String, in html: String) -> [Int] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    /// The PAI examples' portal compliance is a mean on a 0–100 scale (76.27 by hand over the nine examples,
    /// against a goal of 75): drawn against 1, its bar was 11,440 units long in a 460-unit chart, a full bar
    /// with its figures off the page.
    @Test func aMeanGoalOnAHundredPointScaleFitsItsChart() throws {
        let out = Fixtures.temporaryDirectory("chart-goals")
        let result = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        let portal = try #require(result.summary?.populationGoals.first { $0.id == "portal_promedio" })
        #expect(portal.actual.map { $0 > 1 } == true)
        let html = Fixtures.read(out + "/report.html")
        let goals = try #require(html.components(separatedBy: "aria-labelledby=\"chart-goals\"").dropFirst().first?
            .components(separatedBy: "</svg>").first)
        // Bars start at x = 210 and are at most 150 long; texts start before the chart's 460-unit width.
        #expect(Self.values(of: "width", in: goals).allSatisfy { $0 <= 150 }, "\(Self.values(of: "width", in: goals))")
        #expect(Self.values(of: "x", in: goals).allSatisfy { $0 < 460 }, "\(Self.values(of: "x", in: goals))")
        // Portal compliance against its goal of 75: 76.27 / 76.27 of the bar, the full 150.
        #expect(goals.contains("width=\"150\" height=\"16\" class=\"bar\"/><text x=\"365\" y=\"66\">76.2667 / 75.0000</text>"))
        // The footer no longer claims that every value is between 0 and 1.
        #expect(!html.contains("todos los valores de 0 a 1"))
    }

    /// The same run: "76.2667 / 75.0000" (17 characters) beside a full bar starts at x = 365, and at 8 units a
    /// character (a 13-unit digit is about 8.3 units wide, a space or a point half that) it needs to about
    /// x = 501; in a 460-unit canvas its end was cut off. Every value text now fits the canvas it is drawn in.
    @Test func aLongValueBesideAFullBarFitsItsChart() throws {
        let out = Fixtures.temporaryDirectory("chart-goal-text")
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        let html = Fixtures.read(out + "/report.html")
        let charts = html.components(separatedBy: "<svg class=\"chart\" viewBox=\"0 0 ").dropFirst()
        #expect(charts.count == 8)
        var checked = 0
        for chart in charts {
            let width = try #require(Int(chart.prefix { $0.isNumber }))
            // Value texts are the ones without text-anchor: `<text x="365" y="66">76.2667 / 75.0000</text>`.
            for piece in chart.components(separatedBy: "<text x=\"").dropFirst() where !piece.contains("text-anchor") {
                let x = try #require(Int(piece.prefix { $0.isNumber }))
                let text = try #require(piece.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</text>").first)
                #expect(x + text.count * 8 <= width, "\(text) at \(x) in \(width)")
                checked += 1
            }
        }
        #expect(checked > 0)
        #expect(html.contains(">76.2667 / 75.0000</text>"))
    }

    /// The goals chart showed each goal only as a number after the bar; now a tick across the bar marks it, at the
    /// goal over the row's scale (the larger of the goal and the value, at least 1) times the 150-unit bar, 3 units wide
    /// from a unit before that point: 0.3 → 45 → x = 210 + 45 − 1 = 254; 0.25 → 37.5 → 38 → 247; 75 of 76.2667 → 147.5 → 148 → 357;
    /// 0.5 → 75 → 284. Rows are 24 units apart from y = 2; the tick runs from a unit below the row's top, 22 high.
    @Test(arguments: [(Language.es, "La marca vertical señala la meta de la fase; la tabla da los valores."),
                      (Language.en, "The vertical mark shows the phase goal; the table gives the values.")])
    func eachGoalIsMarkedOnItsBar(language: Language, caption: String) throws {
        let out = Fixtures.temporaryDirectory("chart-goal-marks-\(language.rawValue)")
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1, language: language))
        let html = Fixtures.read(out + "/report.html")
        let goals = try #require(html.components(separatedBy: "aria-labelledby=\"chart-goals\"").dropFirst().first?
            .components(separatedBy: "</figure>").first)
        let marks = goals.components(separatedBy: "<rect ").filter { $0.contains("class=\"goal\"") }
            .map { "<rect " + ($0.components(separatedBy: "/>").first ?? "") + "/>" }
        #expect(marks == [
            "<rect x=\"254\" y=\"3\" width=\"3\" height=\"22\" class=\"goal\"/>",
            "<rect x=\"247\" y=\"27\" width=\"3\" height=\"22\" class=\"goal\"/>",
            "<rect x=\"357\" y=\"51\" width=\"3\" height=\"22\" class=\"goal\"/>",
            "<rect x=\"284\" y=\"75\" width=\"3\" height=\"22\" class=\"goal\"/>",
        ])
        // The page says what the tick is.
        #expect(goals.contains("</svg><figcaption>\(caption)</figcaption>"))
    }

    /// A value short of its goal: 53.5667 of a goal of 75 (the generated population's portal mean) is a bar of
    /// 53.5667 / 75 × 150 = 107.1 → 107 units, and the tick at the full 150 (x = 359 to 362) stood in the middle of
    /// the text that started at 210 + 107 + 5 = 322. The text now starts past the tick: 210 + 152 + 5 = 367.
    @Test func theValueTextStartsPastItsGoalTick() throws {
        var summary = try Fixtures.examplesSummary("chart-goal-tick-text")
        let portal = try #require(summary.populationGoals.firstIndex { $0.id == "portal_promedio" })
        #expect(summary.populationGoals[portal].target == 75)
        summary.populationGoals[portal].actual = 53.5667
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(html.contains("<rect x=\"210\" y=\"54\" width=\"107\" height=\"16\" class=\"bar\"/><text x=\"367\" y=\"66\">53.5667 / 75.0000</text>"
                              + "<rect x=\"359\" y=\"51\" width=\"3\" height=\"22\" class=\"goal\"/>"))
    }
}
