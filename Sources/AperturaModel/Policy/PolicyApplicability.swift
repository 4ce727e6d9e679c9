public import AperturaSource

/// A policy's narrowing of some rules or whole objectives to some institutions.
public struct PolicyApplicability: Hashable, Sendable, Codable {
    public var objectives: [ObjectiveID]
    public var rules: [RuleID]
    public var appliesTo: Applicability
    public var range: SourceRange
    /// Where each of `objectives` and `rules` is named, in the same order (empty when not known).
    public var objectiveRanges: [SourceRange]
    public var ruleRanges: [SourceRange]

    public init(objectives: [ObjectiveID], rules: [RuleID], appliesTo: Applicability, range: SourceRange,
                objectiveRanges: [SourceRange] = [], ruleRanges: [SourceRange] = []) {
        self.objectives = objectives
        self.rules = rules
        self.appliesTo = appliesTo
        self.range = range
        self.objectiveRanges = objectiveRanges
        self.ruleRanges = ruleRanges
    }

    public func covers(rule: Rule) -> Bool {
        rules.contains(rule.id) || objectives.contains(rule.objective)
    }
}
