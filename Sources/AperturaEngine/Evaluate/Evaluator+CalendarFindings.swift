public import AperturaModel

extension Evaluator {
    /// What judging `assessment` on the first and the last day of every phase of the policy's calendar finds for
    /// `validate` to warn of (goals change by phase, a waiver may end inside one).
    public func calendarFindings(in assessment: Assessment) -> CalendarFindings {
        var findings = CalendarFindings()
        for entry in policy.calendar {
            for day in [entry.start, entry.end] {
                guard let evaluation = try? evaluate(assessment, asOf: day) else { continue }
                for outcome in evaluation.outcomes {
                    switch outcome.outcome {
                    case .missingEvidence: findings.missingEvidence.insert(outcome.rule)
                    case .error where !findings.errors.contains { $0.rule == outcome.rule }: findings.errors.append(outcome)
                    default: break
                    }
                }
            }
        }
        return findings
    }
}

/// What an evaluation over the policy's calendar finds that the person filling in a self-assessment should fix.
public struct CalendarFindings: Sendable {
    /// The rules that would judge it "missing evidence" on some day: those that apply and whose answer reaches a
    /// goal while the evidence they ask for is left empty. `validate` warns of an empty evidence field only for
    /// these: a mechanism reported as not working asks for no minutes.
    public var missingEvidence: Set<RuleID> = []
    /// The first outcome of each rule that could not be evaluated (answers that contradict one another, such as
    /// more requests answered on time than received), in the order first met.
    public var errors: [RuleOutcome] = []
}
