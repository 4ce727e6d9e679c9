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
}
