public import AperturaModel

extension Evaluator {
    /// What judging `assessment` on the first and the last day of every phase of the policy's calendar finds for
    /// `validate` to warn of (goals change by phase, a waiver may end inside one). `phase`, that of the as-of date,
    /// decides which sections the institution is asked for, as `sectionsNotAsked(for:phase:)` says.
    public func calendarFindings(in assessment: Assessment, phase: PhaseID?) -> CalendarFindings {
        var findings = CalendarFindings()
        // Sections the institution is not asked for on the as-of date (open data for parties and unions in the start
        // phase): answers and evidence missing there are not findings of `validate`, though a later phase would judge them.
        let notAsked = sectionsNotAsked(for: assessment.institution, phase: phase)
        func unasked(_ missing: [String]) -> Bool {
            !missing.isEmpty && missing.allSatisfy { path in notAsked.contains(SectionID(String(path.prefix { $0 != "." }))) }
        }
        for entry in policy.calendar {
            for day in [entry.start, entry.end] {
                guard let evaluation = try? evaluate(assessment, asOf: day) else { continue }
                for outcome in evaluation.outcomes {
                    switch outcome.outcome {
                    case .missingEvidence(let fields) where !unasked(fields): findings.missingEvidence.insert(outcome.rule)
                    case .error where !findings.errors.contains { $0.rule == outcome.rule }: findings.errors.append(outcome)
                    case .notReported(let missing) where !unasked(missing) && !findings.notReported.contains { $0.rule == outcome.rule }:
                        findings.notReported.append(outcome)
                        findings.alternatives[outcome.rule] = unansweredPresenceTests(of: outcome.rule, in: assessment)
                    default: break
                    }
                }
            }
        }
        return findings
    }

    /// The answers `rule` tests with `has()` (itself, or an indicator it reads, however deep) that `assessment`
    /// leaves out, in the form's order: with the rule still lacking others, each is one its expressions went past
    /// (`has(tc.valor) ? tc.valor : …`), which, answered, may stand for them.
    func unansweredPresenceTests(of rule: RuleID, in assessment: Assessment) -> [String] {
        guard let item = compiled.rules.first(where: { $0.rule.id == rule }) else { return [] }
        var tested = item.optionalReads, reads = item.reads
        var pending = item.facts.indicator.map { [$0] } ?? [], seen: Set<IndicatorID> = []
        while let id = pending.popLast() {
            guard seen.insert(id).inserted, let indicator = compiled.indicatorOrder.first(where: { $0.indicator.id == id }) else { continue }
            tested.formUnion(indicator.optionalReads)
            reads += indicator.reads
            pending += indicator.dependencies
        }
        let absent = ReadPaths.unique(reads).filter { tested.contains($0) && assessment.sections[$0.section]?[$0.field] == nil }
        return absent.sorted { compiled.form.position($0) < compiled.form.position($1) }.map(\.path)
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
    /// The first outcome of each rule that some day would judge "not reported" (answers it needs are missing),
    /// in the order first met: a file that validates clean must not come out unscored.
    public var notReported: [RuleOutcome] = []
    /// For each rule of `notReported`, the answers it tests with `has()` that are left out (`tc.valor`).
    public var alternatives: [RuleID: [String]] = [:]
}
