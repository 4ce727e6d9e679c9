import AperturaEngine
import AperturaModel
import AperturaSource

/// An indicator's expected value must be of the indicator's type: true or false for a `boolean` unit, a
/// number for the others (~ for "no value" fits both). Otherwise the file is invalid (`type_mismatch` at
/// the value), as with an unknown id: the case contradicts the rule set, so it could never pass as written.
enum RuleTestValueTypes {
    static func check(_ file: RuleTestFile, ruleSet: RuleSet) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for testCase in file.cases {
            for (id, expected) in testCase.indicators {
                // An unknown indicator is RuleTestReferences' to report.
                guard let unit = ruleSet.indicator(id)?.unit, let value = expected.value else { continue }
                switch (unit, value) {
                case (.boolean, .number):
                    found.append(.error(
                        "type_mismatch",
                        LocalizedText(es: "el indicador «\(id)» es booleano (unit: boolean): se espera true, false o ~, no \(value)",
                                      en: "indicator '\(id)' is boolean (unit: boolean): expect true, false or ~, not \(value)"),
                        at: expected.range))
                case (_, .bool) where unit != .boolean:
                    found.append(.error(
                        "type_mismatch",
                        LocalizedText(es: "el indicador «\(id)» es numérico (unit: \(unit.rawValue)): se espera un número o ~, no \(value)",
                                      en: "indicator '\(id)' is numeric (unit: \(unit.rawValue)): expect a number or ~, not \(value)"),
                        at: expected.range))
                default: continue
                }
            }
        }
        return found
    }
}
