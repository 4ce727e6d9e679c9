public import AperturaModel
public import AperturaSource

/// Everything one evaluation found: pure data, from which every report is rendered.
public struct Evaluation: Hashable, Sendable {
    public var institution: Institution
    public var file: String
    public var asOf: Day
    /// The period the self-assessment reports (`period:`), when it gives one.
    public var periodStart: Day?
    public var periodEnd: Day?
    public var phase: CalendarEntry
    public var nextPhase: CalendarEntry?
    public var outcomes: [RuleOutcome]
    public var indicators: IndicatorResults
    public var objectives: [ObjectiveScore]
    /// The score the policy's model gives (0 to 1); nil when it cannot be determined
    /// (the scoring indicator is not reported, or no rule applies).
    public var score: Double?
    /// The weighted score of the rules, whatever the model (equal to `score` for `weighted_rules`).
    public var weightedScore: Double?
    /// Rules met / rules that apply.
    public var ratio: Double?
    public var level: LevelID?
    public var quadrant: Quadrants.Quadrant?

    public init(
        institution: Institution, file: String, asOf: Day, phase: CalendarEntry, nextPhase: CalendarEntry?,
        outcomes: [RuleOutcome], indicators: IndicatorResults, objectives: [ObjectiveScore],
        score: Double?, weightedScore: Double?, ratio: Double?, level: LevelID?, quadrant: Quadrants.Quadrant?
    ) {
        self.institution = institution
        self.file = file
        self.asOf = asOf
        self.phase = phase
        self.nextPhase = nextPhase
        self.outcomes = outcomes
        self.indicators = indicators
        self.objectives = objectives
        self.score = score
        self.weightedScore = weightedScore
        self.ratio = ratio
        self.level = level
        self.quadrant = quadrant
    }

    /// Set by the evaluator when the period ends before the as-of date's phase starts (`PeriodBeforePhase`).
    public var periodBeforePhase: Diagnostic?

    /// What the report warns of before its figures: a period not closed on the as-of date, or one of an earlier
    /// phase judged against this phase's goals.
    public var warnings: [Diagnostic] {
        if let periodEnd, periodEnd > asOf { return [PeriodAfterAsOf.warning(end: periodEnd, asOf: asOf, at: nil)] }
        return periodBeforePhase.map { [$0] } ?? []
    }

    /// The gaps (everything that applies and is not met), by what closing them adds, then by the share of the target
    /// still missing (a rule not reported, without evidence or in error, which has no such share, after the gaps of the
    /// same worth that fall short), then by deadline.
    public var gaps: [RuleOutcome] {
        outcomes.filter { $0.outcome.isApplicable && !$0.outcome.isMet }
            .sorted { a, b in
                if abs(a.gain - b.gain) > 1e-12 { return a.gain > b.gain }
                let sa = a.outcome.gap?.shortfall ?? 0, sb = b.outcome.gap?.shortfall ?? 0
                if abs(sa - sb) > 1e-12 { return sa > sb }
                let da = a.outcome.gap?.deadline ?? phase.end, db = b.outcome.gap?.deadline ?? phase.end
                if da != db { return da < db }
                return a.rule < b.rule
            }
    }
}
