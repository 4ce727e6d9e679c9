import AperturaModel

/// How report.html writes a value in its unit: a ratio, and the mean of a yes/no indicator (the share of "yes"), as
/// a percentage with one decimal; a percentage, a 0–100 score or a count with two (the sources give their figures
/// so: 62.74); an index, as the 0–1 scores, with four.
///
/// Values are cut, not rounded, and cut away from their goal: down for a goal that asks for more, up for one that
/// asks for less. Rounded, a share of 69.96 % would read «70.0 %» beside a goal of 70 % marked not reached.
enum ShownValue {
    static func text(_ x: Double?, unit: String?, direction: Indicator.Direction = .increase) -> String {
        guard let x else { return "—" }
        switch unit {
        case "ratio", "boolean":
            // A no-break space: "99.4 %" never breaks into a number and a lone "%" in a narrow column.
            return cut(x * 100, decimals: 1, direction: direction) + "\u{00A0}%"
        case "percent", "score_100", "count":
            return cut(x, decimals: 2, direction: direction)
        default:
            return cut(x, decimals: 4, direction: direction)
        }
    }

    /// `x` with `decimals` decimals, cut toward the side that never reads as reaching the goal. A value within
    /// `NumericTolerance.epsilon` of a figure is that figure, as the evaluation takes it (binary arithmetic leaves
    /// 0.7 × 100 a hair off 70).
    static func cut(_ x: Double, decimals: Int, direction: Indicator.Direction) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let slack = NumericTolerance.epsilon * scale
        let scaled = direction == .increase ? (x * scale + slack).rounded(.down) : (x * scale - slack).rounded(.up)
        // Beyond 2^63 (no figure of a report) the digits would overflow: written as Swift spells the number.
        guard let whole = Int64(exactly: scaled), let unit = Int64(exactly: scale) else { return String(x) }
        let sign = whole < 0 ? "-" : ""
        let digits = String(whole.magnitude / UInt64(unit))
        guard decimals > 0 else { return sign + digits }
        let fraction = String(whole.magnitude % UInt64(unit))
        return sign + digits + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
