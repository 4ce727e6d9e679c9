public import AperturaSource

/// A policy's narrowing of some rules or whole objectives to some institutions.
public struct PolicyApplicability: Hashable, Sendable, Codable {
    public var objectives: [ObjectiveID]
    public var rules: [RuleID]
    public var appliesTo: Applicability
    public var range: SourceRange

    public init(objectives: [ObjectiveID], rules: [RuleID], appliesTo: Applicability, range: SourceRange) {
        self.objectives = objectives
        self.rules = rules
        self.appliesTo = appliesTo
        self.range = range
    }

    public func covers(rule: Rule) -> Bool {
        rules.contains(rule.id) || objectives.contains(rule.objective)
    }
}
