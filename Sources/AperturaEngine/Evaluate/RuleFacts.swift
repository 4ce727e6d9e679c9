public import AperturaModel
public import AperturaSource

/// What every outcome of one rule repeats: its id, objective, indicator, weight and place. Made once per
/// rule and shared by reference: each outcome holding its own copies cost five atomic reference counts to
/// make, to copy and to drop, for every rule of every self-assessment.
public final class RuleFacts: Hashable, Sendable {
    public let rule: RuleID
    public let objective: ObjectiveID
    public let indicator: IndicatorID?
    public let weight: Double
    /// Where the rule is defined.
    public let range: SourceRange

    public init(rule: RuleID, objective: ObjectiveID, indicator: IndicatorID?, weight: Double, range: SourceRange) {
        self.rule = rule
        self.objective = objective
        self.indicator = indicator
        self.weight = weight
        self.range = range
    }

    convenience init(_ rule: Rule) {
        self.init(rule: rule.id, objective: rule.objective, indicator: rule.indicator, weight: rule.weight, range: rule.range)
    }

    public static func == (lhs: RuleFacts, rhs: RuleFacts) -> Bool {
        lhs === rhs || (lhs.rule == rhs.rule && lhs.objective == rhs.objective && lhs.indicator == rhs.indicator
            && lhs.weight == rhs.weight && lhs.range == rhs.range)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(objective)
        hasher.combine(indicator)
        hasher.combine(weight)
        hasher.combine(range)
    }
}
