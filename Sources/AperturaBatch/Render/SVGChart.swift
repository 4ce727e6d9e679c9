import AperturaReports
/// Inline SVG charts: plain shapes, no script. Each is drawn in a viewBox narrow enough for its text to stay
/// readable on a phone (see `ChartScale`) and sized to 15/13 of its units where there is room. Every label is
/// HTML-escaped. A chart is one image to a screen reader: its name says what it shows, its description points to
/// the table beside it that has the same numbers, and its drawing is hidden (`aria-hidden`), so that its labels
/// and values are not read a second time, in drawing order, as loose fragments.
enum SVGChart {
    struct Bar {
        var label: String
        var value: Double
        var text: String
        /// Where a goal stands on the bar's scale, drawn as a tick across it; nil for none.
        var mark: Double? = nil
    }

    /// What a screen reader says of a chart: its name (the `<title>`, also the tooltip over it) and a description
    /// (the `<desc>`), such as where the same numbers are.
    struct Label {
        var title: String
        var description: String
    }

    /// The opening of a chart: its viewBox, its size where there is room, its title and description, and the
    /// opening of the hidden group that holds the drawing (`close` ends both).
    static func open(width: Int, height: Int, label: Label, id: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(ChartScale.displaySize(width))\" "
            + "height=\"\(ChartScale.displaySize(height))\" role=\"img\" aria-labelledby=\"\(id)\" aria-describedby=\"\(id)-desc\" "
            + "preserveAspectRatio=\"xMinYMin meet\"><title id=\"\(id)\">\(MarkupText.escape(label.title))</title>"
            + "<desc id=\"\(id)-desc\">\(MarkupText.escape(label.description))</desc><g aria-hidden=\"true\">"
    }

    static let close = "</g></svg>"

    /// A further piece of a chart too tall to print on one page (see `ChartScale.printHeight`): the same width, so
    /// its bars are on the same scale, and hidden from assistive technology, since the first piece names the chart.
    static func openContinuation(width: Int, height: Int) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(ChartScale.displaySize(width))\" "
            + "height=\"\(ChartScale.displaySize(height))\" aria-hidden=\"true\" preserveAspectRatio=\"xMinYMin meet\">"
    }

    /// Horizontal bars, each under its label; `maximum` is the value of a full bar. Too many rows to print on a
    /// page are drawn as several pieces of at most `ChartScale.printHeight` units (see `openContinuation`).
    static func bars(_ bars: [Bar], maximum: Double, label: Label, id: String) -> String {
        // The label takes a line of its own above its bar, so the canvas needs no room for it beside the bar and
        // can be as narrow as `ChartScale.width`. The value after a bar (or after its goal's tick, up to 2 past a
        // full bar) gets 8 units a character (a 13-unit digit is about 8.3 wide, a point or space half that): 18
        // fit from x = 209 in 360; the canvas widens for a longer one rather than cut it.
        let left = 2, barWidth = 200, lineHeight = 16, rowHeight = 36
        let width = max(ChartScale.width, left + barWidth + 2 + 5 + 8 * (bars.map(\.text.count).max() ?? 0))
        // A label line gets 7.5 units a character (47 in 358 units), two lines at most.
        let characters = (width - left) * 2 / 15
        // Pieces already drawn, each at most `ChartScale.printHeight` high; `svg` is the one being drawn.
        var pieces: [(svg: String, height: Int)] = []
        var svg = ""
        var y = 2
        for bar in bars {
            let lines = ChartLabel.lines(bar.label, characters: characters, maxLines: 2)
            if !svg.isEmpty && y + (lines.count - 1) * lineHeight + rowHeight > ChartScale.printHeight {
                pieces.append((svg, y))
                svg = ""
                y = 2
            }
            svg += "<text x=\"\(left)\" y=\"\(y + 13)\"><title>\(MarkupText.escape(bar.label))</title>"
            svg += lines.count == 1 ? MarkupText.escape(lines[0])
                : lines.enumerated().map { "<tspan x=\"\(left)\" y=\"\(y + 13 + $0.offset * lineHeight)\">\(MarkupText.escape($0.element))</tspan>" }.joined()
            svg += "</text>"
            // The bar's row starts under the label's last line.
            let row = y + (lines.count - 1) * lineHeight
            // A value past the maximum fills the bar, never runs off the chart.
            let w = maximum > 0 ? Int((min(max(0, bar.value) / maximum, 1) * Double(barWidth)).rounded()) : 0
            svg += "<rect x=\"\(left)\" y=\"\(row + 18)\" width=\"\(w)\" height=\"12\" class=\"bar\"/>"
            // A goal's tick, taller than the bar, shows by its shape both on the bar and past its end, not by colour.
            let m = bar.mark.map { maximum > 0 ? Int((min(max(0, $0) / maximum, 1) * Double(barWidth)).rounded()) : 0 }
            // The value starts past the bar and past the tick (its 3 units end 2 past the goal), never across it.
            svg += "<text x=\"\(left + max(w, m.map { $0 + 2 } ?? 0) + 5)\" y=\"\(row + 29)\">\(MarkupText.escape(bar.text))</text>"
            if let m {
                svg += "<rect x=\"\(left + m - 1)\" y=\"\(row + 16)\" width=\"3\" height=\"16\" class=\"goal\"/>"
            }
            y = row + rowHeight
        }
        pieces.append((svg, max(y, rowHeight + 2)))
        return pieces.enumerated().map { i, piece in
            i == 0 ? open(width: width, height: piece.height, label: label, id: id) + piece.svg + close
                : openContinuation(width: width, height: piece.height) + piece.svg + "</svg>"
        }.joined()
    }

    /// Vertical columns for a histogram.
    static func columns(_ bars: [Bar], label: Label, id: String) -> String {
        // Ten columns 36 units apart: room for a 4-digit count (about 33 units) above each and a "0.3" under it.
        let width = ChartScale.width, height = 200, base = 172, top = 20
        let maximum = bars.map(\.value).max() ?? 0
        let step = bars.isEmpty ? width : width / bars.count
        var svg = open(width: width, height: height, label: label, id: id)
        for (i, bar) in bars.enumerated() {
            let h = maximum > 0 ? Int((bar.value / maximum * Double(base - top)).rounded()) : 0
            let x = i * step + 2
            svg += "<rect x=\"\(x)\" y=\"\(base - h)\" width=\"\(step - 4)\" height=\"\(h)\" class=\"bar\"/>"
            svg += "<text x=\"\(x + (step - 4) / 2)\" y=\"\(base - h - 4)\" text-anchor=\"middle\">\(MarkupText.escape(bar.text))</text>"
            svg += "<text x=\"\(x + (step - 4) / 2)\" y=\"\(base + 18)\" text-anchor=\"middle\" class=\"axis\">\(MarkupText.escape(bar.label))</text>"
        }
        return svg + close
    }
}
