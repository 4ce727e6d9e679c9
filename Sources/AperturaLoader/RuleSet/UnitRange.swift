import AperturaModel
import AperturaSource

/// The values an indicator's unit can take, for checking goal targets: a target outside them is never met,
/// or always met. `index` has no fixed range.
public struct UnitRange {
    let low: Double
    let high: Double?

    public init?(_ unit: Indicator.Unit) {
        switch unit {
        case .ratio: (low, high) = (0, 1)
        case .percent, .score100: (low, high) = (0, 100)
        case .count: (low, high) = (0, nil)
        case .boolean, .index: return nil
        }
    }

    public func contains(_ x: Double) -> Bool { x >= low && x <= (high ?? .infinity) }

    var text: LocalizedText {
        guard let high else { return LocalizedText(es: "\(Self.shown(low)) o más", en: "\(Self.shown(low)) or more") }
        return LocalizedText(es: "\(Self.shown(low)) a \(Self.shown(high))", en: "\(Self.shown(low)) to \(Self.shown(high))")
    }

    /// A ratio target from 10 to 100 is a percentage written as such (`target: 90` for 90 %).
    static func percentageOnRatioHelp(_ target: Double) -> LocalizedText? {
        guard target >= 10, target <= 100 else { return nil }
        let fraction = shown(target / 100)
        return LocalizedText(es: "una razón va de 0 a 1: ¿quiso decir \(fraction)? (para una escala de 0 a 100, use la unidad percent)",
                             en: "a ratio goes from 0 to 1: did you mean \(fraction)? (for a 0-to-100 scale, use the percent unit)")
    }

    static func shown(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
