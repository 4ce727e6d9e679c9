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

    /// The PAI examples' portal compliance is a mean on a 0–100 scale (by hand over the twelve examples,
    /// (686.4 of the first nine + 84.5 + 78.4 + 71.5) / 12 = 920.8 / 12 = 76.7333, against a goal of 75): drawn against 1,
    /// its bar (76.27 over the nine examples then) was 11,440 units long in a 460-unit chart, a full bar with its
    /// figures off the page.
    @Test func aMeanGoalOnAHundredPointScaleFitsItsChart() throws {
        let out = Fixtures.temporaryDirectory("chart-goals")
        let result = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        let portal = try #require(result.summary?.populationGoals.first { $0.id == "portal_promedio" })
        #expect(portal.actual.map { $0 > 1 } == true)
        let html = Fixtures.read(out + "/report.html")
        let goals = try #require(html.components(separatedBy: "aria-labelledby=\"chart-goals\"").dropFirst().first?
            .components(separatedBy: "</svg>").first)
        // Bars start at x = 2 and are at most 200 long; texts start before the chart's 360-unit width.
        #expect(Self.values(of: "width", in: goals).allSatisfy { $0 <= 200 }, "\(Self.values(of: "width", in: goals))")
        #expect(Self.values(of: "x", in: goals).allSatisfy { $0 < 360 }, "\(Self.values(of: "x", in: goals))")
        // Portal compliance on its 0–100 scale: 76.7333 / 100 × 200 = 153.5 → 153. It is the third goal; each
        // goal's name takes two label lines (16 apart) and a row of 36, so its row starts at 2 + 2 × (16 + 36) + 16 = 122:
        // the bar at 122 + 18 = 140, the value past both the bar and the goal's tick (at 150, ending at 152), from
        // 2 + max(153, 152) + 5 = 160, on the line 122 + 29 = 151.
        #expect(goals.contains("<rect x=\"2\" y=\"140\" width=\"153\" height=\"12\" class=\"bar\"/><text x=\"160\" y=\"151\">76.73 / 75.00</text>"))
        // The footer no longer claims that every value is between 0 and 1.
        #expect(!html.contains("todos los valores de 0 a 1"))
    }

    /// The same run: the value was written "76.7333 / 75.0000" (17 characters, as "76.2667 / 75.0000" was over nine
    /// examples and "77.2091 / 75.0000" over eleven) beside a full bar started at x = 365, and at 8 units a character (a
    /// 13-unit digit is about 8.3 units wide, a space or a point half that) it needed to about x = 501; in a 460-unit
    /// canvas its end was cut off. Every value text now fits the canvas it is drawn in (17 characters from 207 would
    /// end at about 207 + 17 × 8 = 343 of 360); a 0–100 score now has two decimals, "76.73 / 75.00".
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
            // Value texts are the ones without text-anchor or a label's tooltip: `<text x="207" y="151">76.73 / 75.00</text>`.
            for piece in chart.components(separatedBy: "<text x=\"").dropFirst()
            where !piece.contains("text-anchor") && !piece.contains("\"><title>") {
                let x = try #require(Int(piece.prefix { $0.isNumber }))
                let text = try #require(piece.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</text>").first)
                #expect(x + text.count * 8 <= width, "\(text) at \(x) in \(width)")
                checked += 1
            }
        }
        #expect(checked > 0)
        #expect(html.contains(">76.73 / 75.00</text>"))
    }

    /// The goals chart showed each goal only as a number after the bar; now a tick across the bar marks it, at the
    /// goal over the full range of the row's unit (1 for a share, 100 for the portal's 0–100 score) times the 200-unit
    /// bar, 3 units wide from a unit before that point: 0.3 → 60 → x = 2 + 60 − 1 = 61; 0.25 → 50 → 51; 75 of 100
    /// → 150 → 151; 0.5 → 100 → 101. Each goal's name takes two label lines, so its bar's row starts 16 below its own top (2, then
    /// 52 apart: 18, 70, 122, 174); the tick runs 16 high from 16 below that, 2 past the 12-unit bar on each side.
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
            "<rect x=\"61\" y=\"34\" width=\"3\" height=\"16\" class=\"goal\"/>",
            "<rect x=\"51\" y=\"86\" width=\"3\" height=\"16\" class=\"goal\"/>",
            "<rect x=\"151\" y=\"138\" width=\"3\" height=\"16\" class=\"goal\"/>",
            "<rect x=\"101\" y=\"190\" width=\"3\" height=\"16\" class=\"goal\"/>",
        ])
        // The page says what the tick is.
        #expect(goals.contains("</svg><figcaption>\(caption)</figcaption>"))
    }

    /// A value short of its goal: 53.5667 of a goal of 75 (the generated population's portal mean) once had the tick
    /// in the middle of the text that started 5 past the bar. The text starts past the tick: on the 200-unit bar for
    /// 0–100, 53.5667 / 100 × 200 = 107.1 → 107, the tick at 150 (x = 2 + 150 − 1 = 151 to 154), the text at
    /// 2 + (150 + 2) + 5 = 159, not 2 + 107 + 5 = 114.
    @Test func theValueTextStartsPastItsGoalTick() throws {
        var summary = try Fixtures.examplesSummary("chart-goal-tick-text")
        let portal = try #require(summary.populationGoals.firstIndex { $0.id == "portal_promedio" })
        #expect(summary.populationGoals[portal].target == 75)
        summary.populationGoals[portal].actual = 53.5667
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(html.contains("<rect x=\"2\" y=\"140\" width=\"107\" height=\"12\" class=\"bar\"/><text x=\"159\" y=\"151\">53.56 / 75.00</text>"
                              + "<rect x=\"151\" y=\"138\" width=\"3\" height=\"16\" class=\"goal\"/>"))
    }
}
