@testable import AperturaBatch
import Foundation
import Testing

/// A chart taller than a printed page was drawn smaller to fit one: the 32 states of a generated population, 1154
/// units high, were shrunk to 8.5 in and their labels printed at about 6 pt. A chart with that many rows is now
/// drawn as pieces of at most `ChartScale.printHeight` units, one under the other, which print at full size
/// (about 9.8 pt in a half-page column) with a page break between them.
@Suite struct ReportPrintChartTests {
    /// The `<svg>` elements of a section, whole.
    static func charts(_ id: String, in html: String) throws -> [String] {
        let section = try #require(html.components(separatedBy: "<section id=\"\(id)\"").dropFirst().first?
            .components(separatedBy: "</section>").first)
        return section.components(separatedBy: "<svg ").dropFirst().map { "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") }
    }

    /// The numbers of an svg's viewBox: `[0, 0, width, height]`.
    static func viewBox(_ svg: String) -> [Int] {
        (svg.components(separatedBy: "viewBox=\"").dropFirst().first ?? "").prefix { $0 != "\"" }.split(separator: " ").compactMap { Int($0) }
    }

    static func summary(states n: Int) throws -> BatchSummary {
        var summary = try Fixtures.examplesSummary("print-chart-\(n)")
        let state = try #require(summary.byState.first)
        summary.byState = (1...n).map { i in var g = state; g.id = "e\(i)"; g.name = "Entidad \(i)"; return g }
        return summary
    }

    @Test func aChartTallerThanAPageIsDrawnInPieces() throws {
        let html = BatchHTMLRenderer(language: .es).render(try Self.summary(states: 32))
        let charts = try Self.charts("by-state", in: html)
        // 32 one-line rows of 36 units: 19 fit in 700 (2 + 19 × 36 = 686), the other 13 follow (2 + 13 × 36 = 470).
        #expect(charts.map { Self.viewBox($0) } == [[0, 0, 360, 686], [0, 0, 360, 470]])
        #expect(charts.allSatisfy { Self.viewBox($0)[3] <= ChartScale.printHeight })
        // The first piece is the chart a screen reader meets, named; the rest of the drawing is hidden, not a second image.
        #expect(charts[0].contains(" role=\"img\" aria-labelledby=\"chart-by-state\" "))
        #expect(charts[1].hasPrefix("<svg class=\"chart\" viewBox=\"0 0 360 470\" width=\"415\" height=\"542\" aria-hidden=\"true\" "))
        #expect(!charts[1].contains("role=") && !charts[1].contains("<desc"))
        // Every state is drawn once; the second piece starts with the 20th, on its first row.
        #expect((1...32).allSatisfy { i in charts.joined().components(separatedBy: "<title>Entidad \(i)</title>").count == 2 })
        #expect(charts[1].contains(" preserveAspectRatio=\"xMinYMin meet\"><text x=\"2\" y=\"15\"><title>Entidad 20</title>"))
        // The pieces stack with no gap on screen; in print each is kept whole and the page may break between them.
        #expect(html.contains(".chart{display:block}"))
        let print = try #require(html.components(separatedBy: "@media print{").dropFirst().first)
        #expect(print.contains(".chart,tr,.facts div{break-inside:avoid}") && !print.contains("figure,"))
    }

    /// A chart that prints whole on a page is one drawing, as before.
    @Test func aChartThatFitsAPageIsOneDrawing() throws {
        let html = BatchHTMLRenderer(language: .es).render(try Self.summary(states: 19))
        #expect(try Self.charts("by-state", in: html).map { Self.viewBox($0) } == [[0, 0, 360, 686]])
    }
}
