public import AperturaModel
public import AperturaSource

/// A self-assessment whose period ends before the phase of the as-of date starts reports a year of an earlier
/// phase, yet is judged against the later phase's goals (higher ones, as a rule): a report for 2027 read in
/// January 2028 would hold a 2027 self-assessment to the 2028-2030 goals. A warning, not an error: judging last
/// year's answers by this year's goals may be what the evaluator wants; the warning says which date would judge
/// the period by its own phase.
public enum PeriodBeforePhase {
    public static let code = "period_before_phase"

    /// The warning for `assessment` judged on `asOf`, at its `period`'s end; nil when the period ends within or
    /// after the as-of date's phase, or the as-of date falls in no phase (an error of its own).
    public static func of(_ assessment: Assessment, asOf: Day, policy: Policy, ruleSet: RuleSet) -> Diagnostic? {
        guard let end = assessment.periodEnd, let phase = policy.phase(on: asOf) else { return nil }
        return warning(end: end, asOf: asOf, phase: phase, policy: policy, ruleSet: ruleSet,
                       at: assessment.periodEndRange ?? SourceRange(at: assessment.range.start))
    }

    /// `phase`: the as-of date's. Nil when the period does not end before it starts.
    static func warning(end: Day, asOf: Day, phase: CalendarEntry, policy: Policy, ruleSet: RuleSet, at range: SourceRange?) -> Diagnostic? {
        guard end < phase.start else { return nil }
        let current = name(phase, ruleSet)
        let opening = (
            es: "el periodo informado termina el \(end), antes de que empiece la fase «\(current.es)» (\(phase.start)) de la fecha de corte \(asOf)",
            en: "the period reported ends on \(end), before phase '\(current.en)' of the as-of date \(asOf) starts (\(phase.start))")
        guard let own = policy.phase(on: end) else {
            return .warning(code, LocalizedText(
                es: opening.es + ", y fuera del calendario de la política: se juzga con las metas de «\(current.es)»",
                en: opening.en + ", and outside the policy's calendar: it is judged against the goals of '\(current.en)'"),
                at: range,
                help: LocalizedText(es: "revise el año del periodo", en: "check the period's year"))
        }
        // The phase's last day judges the period by its own phase's goals, with the period closed.
        let ownName = name(own, ruleSet)
        return .warning(code, LocalizedText(
            es: opening.es + ": pertenece a la fase «\(ownName.es)» (\(own.start) – \(own.end)), pero se juzga con las metas de «\(current.es)»; para juzgarlo en su fase, use --as-of \(own.end)",
            en: opening.en + ": it belongs to phase '\(ownName.en)' (\(own.start) – \(own.end)) but is judged against the goals of '\(current.en)'; to judge it in its own phase, use --as-of \(own.end)"),
            at: range,
            help: LocalizedText(es: "evalúe con --as-of \(own.end), o revise el año del periodo",
                                en: "evaluate with --as-of \(own.end), or check the period's year"))
    }

    static func name(_ entry: CalendarEntry, _ ruleSet: RuleSet) -> (es: String, en: String) {
        let name = ruleSet.phase(entry.phase)?.name
        return (name?.es ?? entry.phase.rawValue, name.map { $0.en ?? $0.es } ?? entry.phase.rawValue)
    }
}
