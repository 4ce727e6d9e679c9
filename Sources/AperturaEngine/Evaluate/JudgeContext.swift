import AperturaExpressions
import AperturaModel
import AperturaSource

/// What every rule's judgement of one self-assessment shares, worked out once per self-assessment.
struct JudgeContext {
    let assessment: Assessment
    /// The expressions' variables, with every indicator's value set.
    let scope: CELScope
    /// The indicators' results, by id or by position in the compiled indicator order.
    let indicators: IndicatorResults
    /// Where each answer the rules read stands (`ReadTable.ranges(in:)`); nil when reads are not wanted.
    let readRanges: [SourceRange?]?
    /// Each rule's goal in the current phase, and in the next one.
    let goals: [Goal?]
    let nextGoals: [Goal?]?
    let phase: CalendarEntry
    let next: CalendarEntry?
    let asOf: Day
    /// The rule whose steps are reported (`explain`), and where to; nil when nothing is traced.
    let traced: (rule: Int, tracer: (TraceEvent) -> Void)?
}
