@testable import AperturaBatch
import Foundation
import Testing

/// The colours of report.html, read from its style sheet, against what WCAG 2.1 asks: 4.5:1 for text (1.4.3), 3:1
/// for the parts of a chart one needs to see (1.4.11). The goal's tick was --fg (#1b1b1b) on the green bar, 2.73:1;
/// it is now black, and the bar in print a lighter grey (#666 rather than #444, against which black was 2.16:1).
@Suite struct ReportContrastTests {
    /// The relative luminance of `#rrggbb` (or `#rgb`), as WCAG defines it.
    static func luminance(_ hex: String) -> Double {
        var digits = Array(hex.dropFirst())
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16)!) / 255 }
            .map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// The colour given after `prefix` in the style (`--bar:` → `#2e6b4f`).
    static func colour(after prefix: String, in style: String) throws -> String {
        let rest = try #require(style.components(separatedBy: prefix).dropFirst().first)
        return String(rest.prefix { $0 == "#" || $0.isHexDigit })
    }

    @Test func textBarsAndGoalTicksHaveEnoughContrast() throws {
        let style = BatchHTMLRenderer.style
        let print = try #require(style.components(separatedBy: "@media print{").dropFirst().first)
        let page = try Self.colour(after: "body{margin:0;color:var(--fg);background:", in: style)
        let fg = try Self.colour(after: "--fg:", in: style), muted = try Self.colour(after: "--muted:", in: style)
        let bar = try Self.colour(after: "--bar:", in: style), printBar = try Self.colour(after: ".bar{fill:", in: print)
        let goal = try Self.colour(after: ".goal{fill:", in: style)
        #expect([page, fg, muted, bar, printBar, goal] == ["#fff", "#1b1b1b", "#5a5a5a", "#2e6b4f", "#666", "#000"])
        // By hand: #2e6b4f's channels 46, 107, 79 are 0.0273, 0.1470, 0.0782 in linear light, L = 0.1166; white 1,
        // black 0, #1b1b1b 0.0110, #5a5a5a 0.1022, #666 0.1329. Ratio = (lighter + 0.05) / (darker + 0.05).
        let expected: [(String, String, Double, Double)] = [
            (fg, page, 17.22, 4.5),        // text, chart labels and values, the focus outline
            (muted, page, 6.90, 4.5),      // key figures' terms, axis labels, figure caption, footer
            (bar, page, 6.30, 3),          // a bar against the page
            (goal, bar, 3.33, 3),          // a goal's tick across its bar
            (goal, page, 21.00, 3),        // a goal's tick past its bar
            (printBar, page, 5.74, 3),     // a printed bar
            (goal, printBar, 3.66, 3),     // a goal's tick across a printed bar
        ]
        for (a, b, ratio, least) in expected {
            let r = Self.ratio(a, b)
            #expect(abs(r - ratio) < 0.005, "\(a) on \(b): \(r)")
            #expect(r >= least, "\(a) on \(b): \(r)")
        }
        // Chart text is drawn in --fg and --muted on the page, never on a bar.
        #expect(style.contains(".chart text{fill:var(--fg)}.chart .axis{fill:var(--muted)}"))
        // The goal's white edge keeps the tick apart from the bar it crosses.
        #expect(style.contains("stroke:#fff;stroke-width:1.5;paint-order:stroke"))
    }

    /// Under forced colours (Windows' contrast themes) Chromium recolours the page's text and background but not an
    /// SVG's fills: the charts' #1b1b1b text stayed on the theme's black page, unreadable. They are drawn in the
    /// theme's colours: text and bars CanvasText, a goal's tick Canvas edged in CanvasText.
    @Test func chartsFollowForcedColours() {
        #expect(BatchHTMLRenderer.style.contains(
            "@media (forced-colors:active){.chart text,.chart .axis,.bar{fill:CanvasText}.goal{fill:Canvas;stroke:CanvasText}}"))
    }
}
