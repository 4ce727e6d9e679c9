import AperturaExpressions
import AperturaModel
import AperturaSource
import Foundation

/// Weights that must add up: an index or ratio built as a weighted sum (`0.5 * a + 0.2 * b + ...`)
/// must have coefficients summing to 1, or it leaves the 0-to-1 scale; a mean written
/// `(a + b + c) / n` must divide by its number of terms.
enum IndicatorFormulaCheck {
    static func run(_ indicators: [Indicator]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for indicator in indicators where indicator.unit == .index || indicator.unit == .ratio {
            let shape = FormulaShape(source: indicator.value.text)
            if let sum = shape?.coefficientSum, abs(sum - 1) > 1e-9 {
                found.append(.warning(
                    "weights_sum",
                    LocalizedText(es: "los coeficientes de «\(indicator.id)» suman \(FormulaText.format(sum)), no 1",
                                  en: "the coefficients of '\(indicator.id)' add up to \(FormulaText.format(sum)), not 1"),
                    at: indicator.value.range,
                    help: LocalizedText(es: "un índice de 0 a 1 hecho de una suma ponderada necesita pesos que sumen 1",
                                        en: "a 0-to-1 index made of a weighted sum needs weights adding up to 1")))
            }
            if let (terms, divisor) = shape?.mean, Double(terms) != divisor {
                found.append(.warning(
                    "weights_sum",
                    LocalizedText(es: "«\(indicator.id)» suma \(terms) términos pero divide entre \(FormulaText.format(divisor))",
                                  en: "'\(indicator.id)' adds \(terms) terms but divides by \(FormulaText.format(divisor))"),
                    at: indicator.value.range))
            }
        }
        return found
    }

    /// The sum of the numeric coefficients when every top-level term has one (two terms or more). A
    /// coefficient may come before or after what it weighs (`0.5 * a`, `a * 0.5`).
    static func coefficientSum(_ text: String) -> Double? {
        FormulaShape(source: text)?.coefficientSum
    }

    /// `(t1 + ... + tk) / n` or `[t1, ..., tk].sum() / n`: k and n.
    static func mean(_ text: String) -> (Int, Double)? {
        FormulaShape(source: text)?.mean.map { ($0.terms, $0.divisor) }
    }
}
