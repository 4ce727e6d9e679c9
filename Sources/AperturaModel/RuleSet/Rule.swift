public import AperturaSource

/// What is judged: an indicator against the phase's goal, or a condition that must hold.
/// Each rule yields exactly one outcome per self-assessment.
public struct Rule: Hashable, Sendable, Codable {
    public enum Body: Hashable, Sendable, Codable {
        /// The indicator must reach the goal of the phase; `evidence` fields must be non-empty for "met".
        case goal(indicator: IndicatorID, goals: [Goal], evidence: [FieldPath])
        /// The condition must be true, in the listed phases (all when nil); `evidence` fields must be non-empty for
        /// "met", as for a goal.
        case check(ExpressionSource, phases: [PhaseID]?, evidence: [FieldPath])
    }

    public var id: RuleID
    public var objective: ObjectiveID
    public var name: LocalizedText
    public var weight: Double
    public var appliesTo: Applicability
    public var body: Body
    public var remediation: LocalizedText
    public var source: Citation
    public var range: SourceRange
    /// Where `indicator`, `objective` and each of a check rule's `phases` are written, for diagnostics
    /// about the ids they name (nil, or empty, when not from a file).
    public var indicatorRange: SourceRange?
    public var objectiveRange: SourceRange?
    public var phaseRanges: [SourceRange] = []

    public init(
        id: RuleID, objective: ObjectiveID, name: LocalizedText, weight: Double, appliesTo: Applicability,
        body: Body, remediation: LocalizedText, source: Citation, range: SourceRange
    ) {
        self.id = id
        self.objective = objective
        self.name = name
        self.weight = weight
        self.appliesTo = appliesTo
        self.body = body
        self.remediation = remediation
        self.source = source
        self.range = range
    }

    public var indicator: IndicatorID? {
        if case .goal(let indicator, _, _) = body { return indicator }
        return nil
    }

    public func goal(for phase: PhaseID) -> Goal? {
        if case .goal(_, let goals, _) = body { return goals.first(where: { $0.phase == phase }) }
        return nil
    }

    /// Whether the rule judges anything in `phase`: a goal rule needs a goal for it, a check needs to be
    /// checked in it. Outside, the rule does not apply (`no_goal_in_phase`).
    public func isJudged(in phase: PhaseID) -> Bool {
        switch body {
        case .goal: goal(for: phase) != nil
        case .check(_, let phases, _): phases?.contains(phase) ?? true
        }
    }
}
