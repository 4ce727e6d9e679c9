public import AperturaLoader
public import AperturaModel
public import AperturaSource

/// The checks beyond the loader's and `PolicyValidator`'s that make a policy wrong (errors, never warnings): a
/// comparison with a value no institution has in `applies_to.when`, a citation without a section, a level no score
/// gets, days no phase covers, phases dated out of the rule set's order. `lint` reports them, and every command
/// that loads a policy to evaluate with refuses it on them (`Workspace.load`), with the same code at the same place:
/// a policy lint rejects must not quietly give institutions levels. Run once per policy loaded, not per institution.
public enum PolicySoundness {
    /// `incomplete`: parts the loader found errors in (lint of a policy with errors), whose checks would mostly echo
    /// those errors; a policy loaded for evaluation has none.
    public static func check(_ policy: Policy, against ruleSet: RuleSet, incomplete: Set<PartialPolicy.Part> = []) -> [Diagnostic] {
        var found = ComparedValueCheck(ruleSet: ruleSet).run(policy.applicability.compactMap(\.appliesTo.when))
        found += CitationSectionCheck.run([policy.source].compactMap { $0 } + policy.calendar.compactMap(\.source) + policy.waivers.compactMap(\.source)
                                          + policy.applicability.compactMap(\.source))
        if incomplete.isDisjoint(with: [.scoring, .levels]) {
            found += LevelReachCheck(policy: policy, ruleSet: ruleSet).run()
        }
        if !incomplete.contains(.calendar) {
            found += CalendarGapCheck.run(policy)
            found += PhaseOrderCheck(policy: policy, ruleSet: ruleSet).run()
        }
        return found
    }
}
