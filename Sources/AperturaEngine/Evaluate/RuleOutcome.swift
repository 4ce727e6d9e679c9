public import AperturaModel
public import AperturaSource

/// One rule's judgement of one self-assessment, with what it read and what it is worth.
public struct RuleOutcome: Hashable, Sendable, Codable {
    public var rule: RuleID
    public var objective: ObjectiveID
    public var indicator: IndicatorID?
    public var outcome: Outcome
    /// The indicator's value, when it has one.
    public var value: IndicatorValue?
    /// The goal of the current phase, for goal rules.
    public var goal: Goal?
    public var weight: Double
    /// The credit the scoring model gives (0 to 1); nil when the rule does not apply.
    public var credit: Double?
    /// What the overall score would gain if this rule were met.
    public var gain: Double
    /// The answers the rule read, with their place in the self-assessment (absent ones have none);
    /// empty when the evaluation was asked `.withoutReads`.
    public var reads: [AnswerRead]
    /// Where the rule is defined.
    public var ruleRange: SourceRange

    public init(
        rule: RuleID, objective: ObjectiveID, indicator: IndicatorID?, outcome: Outcome, value: IndicatorValue?,
        goal: Goal?, weight: Double, credit: Double?, gain: Double, reads: [AnswerRead], ruleRange: SourceRange
    ) {
        self.rule = rule
        self.objective = objective
        self.indicator = indicator
        self.outcome = outcome
        self.value = value
        self.goal = goal
        self.weight = weight
        self.credit = credit
        self.gain = gain
        self.reads = reads
        self.ruleRange = ruleRange
    }
}

/// An answer a rule read: `section.field`, and where it stands in the self-assessment (nil: not answered).
public struct AnswerRead: Hashable, Sendable, Codable {
    public var path: String
    public var range: SourceRange?

    public init(path: String, range: SourceRange?) {
        self.path = path
        self.range = range
    }
}
