/// A whole rule set: what the policy asks, how it is measured and judged, and the form that asks it.
public struct RuleSet: Hashable, Sendable, Codable {
    public var info: RuleSetInfo
    public var sources: [SourceDocument]
    public var phases: [Phase]
    public var objectives: [Objective]
    public var form: [FormSection]
    public var indicators: [Indicator]
    public var rules: [Rule]
    public var populationGoals: [PopulationGoal]
    /// The folder it was loaded from.
    public var directory: String

    public init(
        info: RuleSetInfo, sources: [SourceDocument], phases: [Phase], objectives: [Objective], form: [FormSection],
        indicators: [Indicator], rules: [Rule], populationGoals: [PopulationGoal], directory: String
    ) {
        self.info = info
        self.sources = sources
        self.phases = phases
        self.objectives = objectives
        self.form = form
        self.indicators = indicators
        self.rules = rules
        self.populationGoals = populationGoals
        self.directory = directory
    }

    public func section(_ id: SectionID) -> FormSection? { form.first(where: { $0.id == id }) }
    public func indicator(_ id: IndicatorID) -> Indicator? { indicators.first(where: { $0.id == id }) }
    public func objective(_ id: ObjectiveID) -> Objective? { objectives.first(where: { $0.id == id }) }
    public func rule(_ id: RuleID) -> Rule? { rules.first(where: { $0.id == id }) }
    public func phase(_ id: PhaseID) -> Phase? { phases.first(where: { $0.id == id }) }
    public func source(_ id: SourceID) -> SourceDocument? { sources.first(where: { $0.id == id }) }
}
