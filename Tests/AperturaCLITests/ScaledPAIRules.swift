import Foundation
import Testing

/// A copy of the PAI rules, in a temporary folder, whose `mecanismos_operando` indicator is `formula` (`COUNT`
/// standing for its own count of working mechanisms): a way to drive an indicator far past its usual range.
enum ScaledPAIRules {
    static let count = "participacion.mecanismos.filter(m, m.funcionando && m.uso_ciudadano).size()"

    /// The folder made, and the rule set folder inside it.
    static func copy(formula: String) throws -> (dir: String, rules: String) {
        let (dir, rules) = try PAIRulesCopy.make("scaled-pai")
        let indicators = rules + "/indicators/participacion.yaml"
        let original = try String(contentsOfFile: indicators, encoding: .utf8)
        let scaled = original.replacingOccurrences(of: "value: \(count)\n", with: "value: \(formula.replacingOccurrences(of: "COUNT", with: count))\n")
        #expect(scaled != original)
        try scaled.write(toFile: indicators, atomically: true, encoding: .utf8)
        return (dir, rules)
    }
}
