import AperturaReports
/// Inline SVG charts: plain shapes, no script, scaled by the viewBox so they fit a phone screen.
/// Every label is HTML-escaped; each chart carries a title for screen readers, and the report puts
/// the same numbers in a table beside it.
enum SVGChart {
    struct Bar {
        var label: String
        var value: Double
        var text: String
        /// Where a goal stands on the bar's scale, drawn as a tick across it; nil for none.
        var mark: Double? = nil
    }

    /// Horizontal bars, one per row; `maximum` is the value of a full bar.
    static func bars(_ bars: [Bar], maximum: Double, title: String, id: String) -> String {
        // A narrow canvas: scaled to the 358 px a 390 px phone leaves, its 13-unit text is about 10 px high.
        // Labels get 210 units: 26 characters at about 7.5 units each; longer ones are cut, and the full
        // text is in the table beside the chart and in the label's tooltip.
        // The value after a bar (or after its goal's tick, up to 2 past a full bar) gets 8 units a character (a
        // digit is about 8.3, a point or space half that): the canvas widens for a long one ("76.2667 / 75.0000"
        // beside a full bar) rather than cutting it off.
        let rowHeight = 24, labelWidth = 210, barWidth = 150
        let width = max(460, labelWidth + barWidth + 2 + 5 + 8 * (bars.map(\.text.count).max() ?? 0))
        let height = max(rowHeight, bars.count * rowHeight) + 4
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)\" preserveAspectRatio=\"xMinYMin meet\">"
        svg += "<title id=\"\(id)\">\(MarkupText.escape(title))</title>"
        for (i, bar) in bars.enumerated() {
            let y = i * rowHeight + 2
            // A value past the maximum fills the bar, never runs off the chart.
            let w = maximum > 0 ? Int((min(max(0, bar.value) / maximum, 1) * Double(barWidth)).rounded()) : 0
            let label = bar.label.count > 26 ? String(bar.label.prefix(25)) + "…" : bar.label
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 16)\" text-anchor=\"end\"><title>\(MarkupText.escape(bar.label))</title>\(MarkupText.escape(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"\(rowHeight - 8)\" class=\"bar\"/>"
            // A goal's tick, taller than the bar, shows by its shape both on the bar and past its end, not by colour.
            let m = bar.mark.map { maximum > 0 ? Int((min(max(0, $0) / maximum, 1) * Double(barWidth)).rounded()) : 0 }
            // The value starts past the bar and past the tick (its 3 units end 2 past the goal), never across it.
            svg += "<text x=\"\(labelWidth + max(w, m.map { $0 + 2 } ?? 0) + 5)\" y=\"\(y + 16)\">\(MarkupText.escape(bar.text))</text>"
            if let m {
                svg += "<rect x=\"\(labelWidth + m - 1)\" y=\"\(y + 1)\" width=\"3\" height=\"\(rowHeight - 2)\" class=\"goal\"/>"
            }
        }
        return svg + "</svg>"
    }

    /// Vertical columns for a histogram.
    static func columns(_ bars: [Bar], title: String, id: String) -> String {
        let width = 420, height = 200, base = 172, top = 20
        let maximum = bars.map(\.value).max() ?? 0
        let step = bars.isEmpty ? width : width / bars.count
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)\" preserveAspectRatio=\"xMinYMin meet\">"
        svg += "<title id=\"\(id)\">\(MarkupText.escape(title))</title>"
        for (i, bar) in bars.enumerated() {
            let h = maximum > 0 ? Int((bar.value / maximum * Double(base - top)).rounded()) : 0
            let x = i * step + 2
            svg += "<rect x=\"\(x)\" y=\"\(base - h)\" width=\"\(step - 4)\" height=\"\(h)\" class=\"bar\"/>"
            svg += "<text x=\"\(x + (step - 4) / 2)\" y=\"\(base - h - 4)\" text-anchor=\"middle\">\(MarkupText.escape(bar.text))</text>"
            svg += "<text x=\"\(x + (step - 4) / 2)\" y=\"\(base + 18)\" text-anchor=\"middle\" class=\"axis\">\(MarkupText.escape(bar.label))</text>"
        }
        return svg + "</svg>"
    }
}
