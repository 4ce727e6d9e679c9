import AperturaEngine
import Foundation

/// Small readings of an expression's text that `lint` and `diff` need: the indicators it names, and numbers
/// written for people. Evaluation never depends on them; formula shapes are read from the syntax tree
/// (`FormulaShape`).
enum FormulaText {
    /// `indicators.x` names, in order of first appearance.
    static func indicatorReferences(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: "indicators.") {
            let tail = rest[range.upperBound...]
            let name = String(tail.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }))
            if !name.isEmpty, !found.contains(name) { found.append(name) }
            rest = tail
        }
        return found
    }

    static func format(_ x: Double) -> String { PlainNumber.format(x) }
}
