public import AperturaModel

extension Evaluator {
    /// The rules that would judge `assessment` "missing evidence" on some day of the policy's calendar: those that
    /// apply to it and whose answer reaches their goal while the evidence they ask for is left empty. Judged on the
    /// first and the last day of every phase (goals change by phase, a waiver may end inside one). `validate` warns
    /// of an empty evidence field only for these: a mechanism reported as not working asks for no minutes.
    public func rulesMissingEvidence(in assessment: Assessment) -> Set<RuleID> {
        var rules: Set<RuleID> = []
        for entry in policy.calendar {
            for day in [entry.start, entry.end] {
                guard let evaluation = try? evaluate(assessment, asOf: day) else { continue }
                for outcome in evaluation.outcomes {
                    if case .missingEvidence = outcome.outcome { rules.insert(outcome.rule) }
                }
            }
        }
        return rules
    }
}
