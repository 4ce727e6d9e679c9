/// The value of an indicator for one institution.
public enum IndicatorValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)

    public var number: Double? {
        if case .number(let x) = self { return x }
        return nil
    }

    public var description: String {
        switch self {
        case .bool(let b): b ? "true" : "false"
        case .number(let x): Self.format(x)
        }
    }

    /// Up to four decimals, without trailing zeros: what reports print.
    public static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        // Past 10^15 there are no decimals left to round, and scaling first would overflow (-1.7e308 as "-inf").
        if !(abs(x) < 1e15) { return String(x) }
        let rounded = (x * 10_000).rounded() / 10_000
        // Whole once rounded: 1.99999 is "2", not "2.0", and -0.00001 is "0", not "-0.0".
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = String(x) }
        return text
    }
}
