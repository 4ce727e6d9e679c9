public import AperturaSource

/// A goal on an aggregate of the population, evaluated by batch runs.
public struct PopulationGoal: Hashable, Sendable, Codable {
    public enum Aggregate: Hashable, Sendable, Codable {
        /// The mean of an indicator over the institutions that report it.
        case mean(IndicatorID)
        /// The share of institutions meeting a rule, among those to whom it applies.
        case shareMet(RuleID)
    }

    public var id: PopulationGoalID
    public var name: LocalizedText
    public var aggregate: Aggregate
    public var direction: Indicator.Direction
    public var baseline: Baseline?
    public var goals: [Goal]
    public var source: Citation
    public var range: SourceRange
    /// Where the `indicator` or `rule` it aggregates is named, for a diagnostic about that id.
    public var aggregateRange: SourceRange?

    public init(
        id: PopulationGoalID, name: LocalizedText, aggregate: Aggregate, direction: Indicator.Direction,
        baseline: Baseline?, goals: [Goal], source: Citation, range: SourceRange
    ) {
        self.id = id
        self.name = name
        self.aggregate = aggregate
        self.direction = direction
        self.baseline = baseline
        self.goals = goals
        self.source = source
        self.range = range
    }
}
