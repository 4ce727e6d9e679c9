public import AperturaModel
public import AperturaSource

/// One rule's judgement of one self-assessment, with what it read and what it is worth.
public struct RuleOutcome: Hashable, Sendable {
    /// The rule's id, objective, indicator, weight and place, shared by all its outcomes.
    public let facts: RuleFacts
    public var outcome: Outcome
    /// The indicator's value, when it has one.
    public var value: IndicatorValue?
    /// The goal of the current phase, for goal rules.
    public var goal: Goal?
    /// The credit the scoring model gives (0 to 1); nil when the rule does not apply.
    public var credit: Double?
    /// What the overall score would gain if this rule were met.
    public var gain: Double
    /// The answers the rule read, with their place in the self-assessment (absent ones have none);
    /// empty when the evaluation was asked `.withoutReads`.
    public var reads: [AnswerRead]
    /// For a yes/no rule not met whose value is an `&&` chain, the first of its conditions that is false;
    /// nil otherwise, and when the evaluation was asked `.withoutReads`.
    public var failedCondition: FailedCondition?

    public var rule: RuleID { facts.rule }
    public var objective: ObjectiveID { facts.objective }
    public var indicator: IndicatorID? { facts.indicator }
    public var weight: Double { facts.weight }
    /// Where the rule is defined.
    public var ruleRange: SourceRange { facts.range }

    public init(facts: RuleFacts, outcome: Outcome, value: IndicatorValue?, goal: Goal?, credit: Double? = nil, gain: Double = 0, reads: [AnswerRead],
                failedCondition: FailedCondition? = nil) {
        self.facts = facts
        self.outcome = outcome
        self.value = value
        self.goal = goal
        self.credit = credit
        self.gain = gain
        self.reads = reads
        self.failedCondition = failedCondition
    }
}

/// An answer a rule read: `section.field`, and where it stands in the self-assessment (nil: not answered).
public struct AnswerRead: Hashable, Sendable {
    public var path: String
    public var range: SourceRange?

    public init(path: String, range: SourceRange?) {
        self.path = path
        self.range = range
    }
}
