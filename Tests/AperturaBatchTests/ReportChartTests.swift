import AperturaBatch
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
}
