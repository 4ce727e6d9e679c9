public import AperturaSource

/// The result of `apertura diff`: the semantic changes and, given a population, their impact.
public struct DiffReport: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    public var asOf: String?
    public var changes: [RuleSetChange]
    public var impact: [InstitutionImpact]
    /// Inputs that could not be read or evaluated.
    public var problems: [Diagnostic]

    public init(from: String, to: String, asOf: String?, changes: [RuleSetChange], impact: [InstitutionImpact], problems: [Diagnostic]) {
        self.from = from
        self.to = to
        self.asOf = asOf
        self.changes = changes
        self.impact = impact
        self.problems = problems
    }

    public var levelChanges: Int { impact.count(where: \.levelChanged) }
}
