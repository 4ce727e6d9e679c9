@testable import AperturaBatch
import Foundation
import Testing

/// Chart text in report.html stays readable on a 390 px phone. A chart is scaled to its box, so text drawn
/// 13 units high in a viewBox W units wide renders at 13 × box / W px; a 390 px phone leaves the box 358 px
/// (the page's 1 rem padding on each side). The bar charts were 460 units wide with their labels beside the
/// bars (13 × 358 / 460 = 10.1 px), the goals chart 503 (9.3 px) and the histogram 420 with 11-unit axis
/// labels (11 × 358 / 420 = 9.4 px). A text of 12 px needs W ≤ 13 × 358 / 12 = 387.8.
@Suite struct ReportChartTextSizeTests {
    /// The opening tags of a page's charts: `viewBox="0 0 360 146" width="415" height="168"`.
    static func sizes(in html: String) -> [[Int]] {
        html.components(separatedBy: "<svg class=\"chart\" viewBox=\"0 0 ").dropFirst().map { tag in
            let attributes = tag.prefix { $0 != ">" }.replacingOccurrences(of: "\" width=\"", with: " ")
                .replacingOccurrences(of: "\" height=\"", with: " ")
            return attributes.prefix { $0 != "\"" }.split(separator: " ").compactMap { Int($0) }
        }
    }

    /// Every chart is 360 units wide (13 × 358 / 360 = 12.9 px on the phone); where there is room it is drawn at
    /// 15/13 of its units, text 15 px as it was in a half-page desktop column (360 × 15 / 13 = 415.4 → 415 wide;
    /// the levels' 146 units high → 168.5 → 168, the histogram's 200 → 230.8 → 231), and never wider than its box.
    @Test func everyChartIsNarrowEnoughForTwelvePixelTextOnAPhone() throws {
        let html = BatchHTMLRenderer(language: .es).render(try Fixtures.examplesSummary("chart-text-size"))
        let sizes = Self.sizes(in: html)
        #expect(sizes.count == 8)
        #expect(sizes.first == [360, 200, 415, 231])
        #expect(sizes.allSatisfy { $0[0] == 360 }, "\(sizes)")
        #expect(sizes.contains([360, 146, 415, 168]), "\(sizes)")
        for size in sizes {
            #expect(size[0] <= 387 && 13 * 358 >= 12 * size[0], "\(size)")
            #expect(size[2] == Int((Double(size[0]) * 15 / 13).rounded()) && size[3] == Int((Double(size[1]) * 15 / 13).rounded()), "\(size)")
        }
        // All chart text is 13 units: the axis labels are no longer smaller, nor any text sized on its own.
        #expect(html.contains(".chart{max-width:100%;height:auto;font-size:13px}"))
        #expect(html.contains(".chart .axis{fill:var(--muted)}"))
        #expect(!html.contains("font-size:11px") && !html.contains("font-size=\""))
        #expect(ChartScale.widestForPhone == 387 && ChartScale.width <= ChartScale.widestForPhone)
    }

    /// A label takes its own line above its bar: Jalisco, the examples' first state, at x = 2 on the line y = 15,
    /// its bar under it from y = 20, the value after the bar on y = 31; the next row, Nuevo León, 36 below.
    @Test func labelsStandAboveTheirBars() throws {
        let html = BatchHTMLRenderer(language: .es).render(try Fixtures.examplesSummary("chart-labels-above"))
        let states = try #require(html.components(separatedBy: "aria-labelledby=\"chart-by-state\"").dropFirst().first?
            .components(separatedBy: "</svg>").first)
        // Jalisco's 0.7194 ((0.738889 + 0.7) / 2) of the 200-unit bar is 143.9 → 144 units; the value starts 5 past it.
        // Nuevo León's 0.6 (its one example) is 120 units, its value at 2 + 120 + 5 = 127.
        #expect(states.contains("<text x=\"2\" y=\"15\"><title>Jalisco</title>Jalisco</text>"
                                + "<rect x=\"2\" y=\"20\" width=\"144\" height=\"12\" class=\"bar\"/><text x=\"151\" y=\"31\">0.7194</text>"
                                + "<text x=\"2\" y=\"51\"><title>Nuevo León</title>Nuevo León</text>"
                                + "<rect x=\"2\" y=\"56\" width=\"120\" height=\"12\" class=\"bar\"/><text x=\"127\" y=\"67\">0.6000</text>"
                                + "<text x=\"2\" y=\"87\"><title>Oaxaca</title>Oaxaca</text>"))
        // The states follow in the order of their slugs (jalisco, nuevo_leon, oaxaca, puebla, queretaro, sonora,
        // veracruz, yucatan), each row 36 below the one before, then the federal institutions' row. Yucatán is the
        // eighth: its label on 15 + 7 × 36 = 267, its bar from 20 + 7 × 36 = 272, 0.25 (the water utility, its one
        // example, whose contradicted request figures earn no credit) × 200 = 50 units long, its value at
        // 2 + 50 + 5 = 57 on 31 + 7 × 36 = 283; the federal row's label on 267 + 36 = 303.
        #expect(states.contains("<text x=\"2\" y=\"267\"><title>Yucatán</title>Yucatán</text>"
                                + "<rect x=\"2\" y=\"272\" width=\"50\" height=\"12\" class=\"bar\"/><text x=\"57\" y=\"283\">0.2500</text>"
                                + "<text x=\"2\" y=\"303\"><title>Federal (sin entidad)</title>Federal (sin entidad)</text>"))
        #expect(!states.contains("text-anchor=\"end\""))
    }

    /// A label line gets 7.5 units a character, (360 − 2) / 7.5 = 47.7 → 47. The longest state name (31 characters)
    /// is drawn whole on one line (it was cut to 25 and "…" in the 210 units beside the bar); a longer name breaks at
    /// a space onto a second line; one that needs a third ends its second line with "…". The tooltip keeps the whole
    /// name, and every text is escaped.
    @Test func longLabelsWrapOntoASecondLineAndAreEscaped() throws {
        var summary = try Fixtures.examplesSummary("chart-long-labels")
        // Nine-letter words: four (39 characters) fill a line, a fifth would make it 49.
        let words = ["<Aaaaaaa>", "B&bbbbbbb", "Ccccccccc", "Ddddddddd", "Eeeeeeeee", "Fffffffff", "Ggggggggg", "Hhhhhhhhh",
                     "Iiiiiiiii", "Jjjjjjjjj", "Kkkkkkkkk"]
        summary.byState[0].name = "Veracruz de Ignacio de la Llave"
        summary.byState[1].name = words.prefix(6).joined(separator: " ")
        summary.byState[2].name = words.joined(separator: " ")
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(html.contains("<text x=\"2\" y=\"15\"><title>Veracruz de Ignacio de la Llave</title>Veracruz de Ignacio de la Llave</text>"))
        // The second row starts at 2 + 36 = 38: its lines on 51 and 67, its bar 16 lower than a one-line row's.
        #expect(html.contains("<text x=\"2\" y=\"51\"><title>&lt;Aaaaaaa&gt; B&amp;bbbbbbb Ccccccccc Ddddddddd Eeeeeeeee Fffffffff</title>"
                              + "<tspan x=\"2\" y=\"51\">&lt;Aaaaaaa&gt; B&amp;bbbbbbb Ccccccccc Ddddddddd</tspan>"
                              + "<tspan x=\"2\" y=\"67\">Eeeeeeeee Fffffffff</tspan></text><rect x=\"2\" y=\"72\" "))
        // The third row starts at 38 + 16 + 36 = 90; its second line is the 46 characters from "Eeeeeeeee" on, then "…".
        #expect(html.contains("<tspan x=\"2\" y=\"103\">&lt;Aaaaaaa&gt; B&amp;bbbbbbb Ccccccccc Ddddddddd</tspan>"
                              + "<tspan x=\"2\" y=\"119\">Eeeeeeeee Fffffffff Ggggggggg Hhhhhhhhh Iiiiii…</tspan></text>"))
        #expect(html.contains("<title>&lt;Aaaaaaa&gt; B&amp;bbbbbbb Ccccccccc Ddddddddd Eeeeeeeee Fffffffff Ggggggggg Hhhhhhhhh Iiiiiiiii Jjjjjjjjj Kkkkkkkkk</title>"))
        #expect(!html.contains("<Aaaaaaa>"))
    }

    /// A word longer than a line is cut into line-long pieces; an empty label is one empty line.
    @Test func aWordLongerThanALineIsCut() {
        let word = String(repeating: "x", count: 50)
        #expect(ChartLabel.lines(word, characters: 47, maxLines: 2) == [String(repeating: "x", count: 47), "xxx"])
        // "ab", 47 x and "xxx" are three lines: the second of two takes the rest, cut to 46 characters and "…".
        #expect(ChartLabel.lines("ab " + word, characters: 47, maxLines: 2) == ["ab", String(repeating: "x", count: 46) + "…"])
        #expect(ChartLabel.lines("", characters: 47, maxLines: 2) == [""])
    }
}
