import AperturaModel
import AperturaSource

/// The ids a test file's expectations name must exist: a rule or indicator in the rule set, a level in
/// the case's policy. Otherwise the file is invalid (`unknown_reference` at the id, with "did you mean"),
/// not a case that fails: no change to the rules could make it pass.
enum RuleTestReferences {
    /// `policy` gives the policy a case is judged under, nil when it cannot be loaded (its own errors are
    /// reported elsewhere, and its levels are then not checked).
    static func check(_ file: RuleTestFile, ruleSet: RuleSet, policy: (RuleTestCase) -> Policy?) -> [Diagnostic] {
        let rules = ruleSet.rules.map(\.id.rawValue), indicators = ruleSet.indicators.map(\.id.rawValue)
        let ruleIDs = Set(rules), indicatorIDs = Set(indicators)
        var found: [Diagnostic] = []
        for testCase in file.cases {
            for reference in testCase.references {
                switch reference.kind {
                case .rule where !ruleIDs.contains(reference.id):
                    found.append(unknown(reference, among: rules, es: "la regla «\(reference.id)» no existe en el conjunto de reglas «\(ruleSet.info.id)»",
                                         en: "rule '\(reference.id)' does not exist in rule set '\(ruleSet.info.id)'"))
                case .indicator where !indicatorIDs.contains(reference.id):
                    found.append(unknown(reference, among: indicators, es: "el indicador «\(reference.id)» no existe en el conjunto de reglas «\(ruleSet.info.id)»",
                                         en: "indicator '\(reference.id)' does not exist in rule set '\(ruleSet.info.id)'"))
                case .level:
                    guard let policy = policy(testCase), !policy.levels.contains(where: { $0.id.rawValue == reference.id }) else { continue }
                    found.append(unknown(reference, among: policy.levels.map(\.id.rawValue), es: "el nivel «\(reference.id)» no existe en la política «\(policy.id)»",
                                         en: "level '\(reference.id)' does not exist in policy '\(policy.id)'"))
                default: continue
                }
            }
        }
        return found
    }

    private static func unknown(_ reference: RuleTestCase.Reference, among candidates: [String], es: String, en: String) -> Diagnostic {
        .error("unknown_reference", LocalizedText(es: es, en: en), at: reference.range,
               help: Suggestion.closest(to: reference.id, in: candidates).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") })
    }
}
