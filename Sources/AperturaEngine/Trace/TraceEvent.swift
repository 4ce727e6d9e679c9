public import AperturaModel
public import AperturaSource

/// One step of how a rule judged a self-assessment, in the order the evaluator takes them. A printer
/// turns the stream into the explanation a person reads (`apertura explain`).
public enum TraceEvent: Hashable, Sendable {
    /// The result of evaluating a condition or a check.
    public enum Result: Hashable, Sendable {
        case value(String)
        /// Answers the expression needs are missing (as `section.field`).
        case missing([String])
        case error(LocalizedText)
    }

    /// The as-of date and the phase of the policy's calendar it falls in.
    case phase(asOf: Day, entry: CalendarEntry)
    /// The rule being judged.
    case rule(Rule)
    /// A waiver of the policy covers this institution and rule on the as-of date.
    case waiver(Waiver)
    /// Whether the institution's order and kind are among those the rule (or a policy entry) targets.
    case scope(applicability: Applicability, order: GovernmentOrder, kind: InstitutionKind, matches: Bool, fromPolicy: Bool)
    /// A `when` condition and its value.
    case condition(ExpressionSource, result: Result, fromPolicy: Bool)
    /// A check rule that runs only in some phases.
    case phaseFilter(phases: [PhaseID], current: PhaseID, included: Bool)
    /// The goal of the current phase (nil: the rule sets none for it).
    case goal(Goal?, phase: PhaseID)
    /// An answer the rule reads: `section.field`, its place in the self-assessment and its value (nil: not answered).
    case read(path: String, range: SourceRange?, value: String?)
    /// An indicator's value (or why it has none), with the expression that computes it.
    case indicator(Indicator, result: IndicatorResult)
    /// The indicator's value against the goal's target (`strict`: it must pass the target, not just reach it).
    case comparison(actual: IndicatorValue, target: Goal.Target, direction: Indicator.Direction, strict: Bool, reached: Bool)
    /// An evidence field the rule requires, and whether it holds at least one reference.
    case evidence(path: String, range: SourceRange?, present: Bool)
    /// A check rule's condition and its value.
    case check(ExpressionSource, result: Result)
    /// The outcome, as the evaluation gives it (with the score's credit and gain).
    case outcome(RuleOutcome, score: Double?)
}
