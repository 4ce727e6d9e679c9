public import AperturaModel
public import AperturaSource
import AperturaLoader
import Foundation

/// Loads a rule set and a policy, compiles them, and hands back an evaluator: the orchestration
/// every command needs, kept out of the command line.
public enum Workspace {
    public static let defaultRuleSet = "Rules/pai"
    public static let defaultPolicy = "Policies/pai-inicio.yaml"

    /// The evaluator, or nil; every diagnostic found on the way, sorted.
    public static func load(rules: String, policy: String) -> (Evaluator?, [Diagnostic]) {
        let (ruleSet, ruleDiagnostics) = RuleSetLoader.load(directory: rules)
        guard let ruleSet else { return (nil, ruleDiagnostics.sorted + PolicyLoader.load(file: policy).1.sorted) }
        let (evaluator, diagnostics) = load(ruleSet: ruleSet, policy: policy)
        return (evaluator, ruleDiagnostics.sorted + diagnostics)
    }

    /// The evaluator of a rule set already loaded (`validate` has read it), with the policy at `policy`.
    public static func load(ruleSet: RuleSet, policy: String) -> (Evaluator?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (loadedPolicy, policyDiagnostics) = PolicyLoader.load(file: policy)
        diagnostics += policyDiagnostics.sorted
        guard let loadedPolicy else { return (nil, diagnostics) }
        let (compiled, compileDiagnostics) = RuleSetCompiler.compile(ruleSet)
        diagnostics += compileDiagnostics
        guard let compiled else { return (nil, diagnostics) }
        let (evaluator, policyCheck) = Evaluator.make(compiled, policy: loadedPolicy)
        diagnostics += policyCheck
        return (evaluator, diagnostics)
    }

    /// For each section the rule set's bundled policy does not ask of some kinds of institution, those kinds:
    /// `validate` does not ask it of them (`Evaluator.sectionsNotAsked`), and the editor schema must not either.
    public static func kindsNotAsked(ruleSet: RuleSet) -> [SectionID: Set<InstitutionKind>] {
        guard let policy = defaultPolicy(forRuleSet: ruleSet.info.id), let evaluator = load(ruleSet: ruleSet, policy: policy).0 else { return [:] }
        var kinds: [SectionID: Set<InstitutionKind>] = [:]
        for kind in InstitutionKind.allCases {
            for section in evaluator.sectionsNotAsked(kind: kind, order: nil) { kinds[section, default: []].insert(kind) }
        }
        return kinds
    }
}
