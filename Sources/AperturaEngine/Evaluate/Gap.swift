public import AperturaModel

/// How far a rule falls short, by when it must be closed, and what closing it is worth.
public struct Gap: Hashable, Sendable, Codable {
    public var actual: IndicatorValue
    public var target: Goal.Target
    /// How far the actual value is from the target, in the indicator's unit (1 for a boolean or check).
    public var distance: Double
    public var goal: Goal?
    /// The end of the current phase.
    public var deadline: Day
    /// The goal for the next phase, if the rule sets one, and when that phase ends.
    public var nextGoal: Goal?
    public var nextDeadline: Day?

    public init(actual: IndicatorValue, target: Goal.Target, distance: Double, goal: Goal?, deadline: Day, nextGoal: Goal?, nextDeadline: Day?) {
        self.actual = actual
        self.target = target
        self.distance = distance
        self.goal = goal
        self.deadline = deadline
        self.nextGoal = nextGoal
        self.nextDeadline = nextDeadline
    }

    /// The share of the target still missing, from 0 to 1: `distance` over the target (0.5 of 0.6 is 0.83); all of
    /// it for a yes/no target or a target of 0. Gaps that add the same to the score are ranked by it, so that the
    /// larger shortfall comes first: with equal weights and targets, the Métrica's weight x (1 - value).
    public var shortfall: Double {
        guard case .number(let goal) = target, goal != 0 else { return 1 }
        return min(1, max(0, distance / abs(goal)))
    }
}
