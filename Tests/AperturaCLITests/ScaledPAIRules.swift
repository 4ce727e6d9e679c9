import Foundation
import Testing

/// A copy of the PAI rules, in a temporary folder, whose `mecanismos_operando` indicator is `formula` (`COUNT`
/// standing for its own count of working mechanisms): a way to drive an indicator far past its usual range. Its
/// unit becomes `index`, which has no fixed range: a count cannot go negative (a negative one is an error).
enum ScaledPAIRules {
    static let count = "participacion.mecanismos.filter(m, m.funcionando && m.uso_ciudadano).size()"

    /// The folder made, and the rule set folder inside it.
    static func copy(formula: String) throws -> (dir: String, rules: String) {
        let (dir, rules) = try PAIRulesCopy.make("scaled-pai")
        let indicators = rules + "/indicators/participacion.yaml"
        let original = try String(contentsOfFile: indicators, encoding: .utf8)
        var scaled = original.replacingOccurrences(of: "value: \(count)\n", with: "value: \(formula.replacingOccurrences(of: "COUNT", with: count))\n")
        #expect(scaled != original)
        let start = try #require(scaled.range(of: "  - id: mecanismos_operando\n"))
        let unit = try #require(scaled.range(of: "    unit: count\n", range: start.upperBound..<scaled.endIndex))
        #expect(!scaled[start.upperBound..<unit.lowerBound].contains("  - id: "), "the unit read is mecanismos_operando's own")
        scaled.replaceSubrange(unit, with: "    unit: index\n")
        try scaled.write(toFile: indicators, atomically: true, encoding: .utf8)
        return (dir, rules)
    }
}
