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
        guard let evaluator else { return (nil, diagnostics) }
        // What lint rejects a policy for, evaluation rejects it for: checked here, once per policy loaded.
        let unsound = PolicySoundness.check(loadedPolicy, against: ruleSet)
        diagnostics += unsound
        return (unsound.contains(where: \.isError) ? nil : evaluator, diagnostics)
    }

    /// For each section the rule set's bundled policy does not ask of some institutions, which: whole kinds, and of
    /// the other kinds those of some populations. `validate` does not ask it of them (`Evaluator.sectionsNotAsked`),
    /// and the editor schema must not either. The schema knows no date: an entry limited to some `phases` counts as
    /// if it held (parties and unions are not required to answer open data, which `validate` asks of them from the
    /// PAI's consolidation phase on).
    public static func sectionsNotAsked(ruleSet: RuleSet) -> [SectionID: SectionExemption] {
        // With several policies to choose from, the schema cannot know which asks what: it asks everything.
        guard let policy = try? defaultPolicy(forRuleSet: ruleSet.info.id), let evaluator = load(ruleSet: ruleSet, policy: policy).0 else { return [:] }
        var exemptions: [SectionID: SectionExemption] = [:]
        let thresholds = evaluator.populationThresholds
        for kind in InstitutionKind.allCases {
            let byKind = evaluator.sectionsNotAsked(kind: kind, order: nil, phase: nil)
            for section in byKind { exemptions[section, default: SectionExemption()].kinds.insert(kind) }
            // Each threshold stands for the populations up to the next one; the last, for all above it.
            let notAsked = thresholds.map { evaluator.sectionsNotAsked(kind: kind, population: $0).subtracting(byKind) }
            for section in Set(notAsked.flatMap { $0 }) {
                var ranges: [ClosedRange<Int>] = []
                for (index, low) in thresholds.enumerated() where notAsked[index].contains(section) {
                    let high = index + 1 < thresholds.count ? thresholds[index + 1] - 1 : Int.max
                    if let last = ranges.last, last.upperBound == low - 1 { ranges[ranges.count - 1] = last.lowerBound...high } else { ranges.append(low...high) }
                }
                exemptions[section, default: SectionExemption()].populations[kind] = ranges
            }
        }
        return exemptions
    }
}
