public import AperturaSource

/// A policy's narrowing of some rules or whole objectives to some institutions, in every phase or only in some
/// (a temporary exemption), with why: a report says the policy's reason rather than that the rule is not for
/// such an institution, which reads as the law's own scope.
public struct PolicyApplicability: Hashable, Sendable, Codable {
    public var objectives: [ObjectiveID]
    public var rules: [RuleID]
    public var appliesTo: Applicability
    /// The phases the entry holds in; nil: every phase.
    public var phases: [PhaseID]?
    /// Why the policy narrows these rules; optional, and `lint` warns when it is missing.
    public var reason: LocalizedText?
    public var source: Citation?
    public var range: SourceRange
    /// Where each of `objectives` and `rules` is named, in the same order (empty when not known).
    public var objectiveRanges: [SourceRange]
    public var ruleRanges: [SourceRange]
    /// Where each of `phases` is named, in the same order (empty when not known), and where the reason is written.
    public var phaseRanges: [SourceRange]
    public var reasonRange: SourceRange?

    public init(objectives: [ObjectiveID], rules: [RuleID], appliesTo: Applicability, range: SourceRange,
                objectiveRanges: [SourceRange] = [], ruleRanges: [SourceRange] = [],
                phases: [PhaseID]? = nil, reason: LocalizedText? = nil, source: Citation? = nil,
                phaseRanges: [SourceRange] = [], reasonRange: SourceRange? = nil) {
        self.objectives = objectives
        self.rules = rules
        self.appliesTo = appliesTo
        self.phases = phases
        self.reason = reason
        self.source = source
        self.range = range
        self.objectiveRanges = objectiveRanges
        self.ruleRanges = ruleRanges
        self.phaseRanges = phaseRanges
        self.reasonRange = reasonRange
    }

    public func covers(rule: Rule) -> Bool {
        rules.contains(rule.id) || objectives.contains(rule.objective)
    }

    /// Whether the entry narrows its rules in `phase`: always, unless it names its phases. Nil, no date (the editor
    /// schema, a sheet for a date in no phase): an entry limited to some phases counts as if it held.
    public func holds(in phase: PhaseID?) -> Bool {
        guard let phase else { return true }
        return phases?.contains(phase) ?? true
    }
}
