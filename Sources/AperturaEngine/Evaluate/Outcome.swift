public import AperturaModel
public import AperturaSource

/// The one outcome a rule yields for one self-assessment.
public enum Outcome: Hashable, Sendable, Codable {
    case met
    case notMet(Gap)
    /// The answers the rule needs are missing (listed as `section.field`). Never a pass.
    case notReported(missing: [String])
    case notApplicable(NotApplicableReason)
    /// The value meets the goal but the evidence the rule requires is missing (listed).
    case missingEvidence(fields: [String])
    /// The rule could not be evaluated (an expression failed at run time).
    case error(LocalizedText)

    /// Stable names, for JSON, CSV and tests. A waived rule is left out of the score as one that does not apply,
    /// but it is named apart: the rule does apply, and its goal returns when the waiver ends.
    public var code: String {
        switch self {
        case .met: "met"
        case .notMet: "not_met"
        case .notReported: "not_reported"
        case .notApplicable(.waived): "waived"
        case .notApplicable: "not_applicable"
        case .missingEvidence: "missing_evidence"
        case .error: "error"
        }
    }

    public var isApplicable: Bool {
        if case .notApplicable = self { return false }
        return true
    }

    public var isMet: Bool {
        if case .met = self { return true }
        return false
    }

    /// The outcome of a rule the policy waives for the institution.
    public var isWaived: Bool {
        if case .notApplicable(.waived) = self { return true }
        return false
    }

    public var gap: Gap? {
        if case .notMet(let gap) = self { return gap }
        return nil
    }
}

/// Why a rule was left out of the score.
public enum NotApplicableReason: Hashable, Sendable, Codable {
    /// The institution's order or kind is not among those the rule (or the policy) targets.
    case outOfScope
    /// The rule's `when` condition is false for this institution.
    case conditionFalse
    /// The rule sets no goal for the current phase.
    case noGoalInPhase(PhaseID)
    /// A policy's applicability entry leaves the rule out for this institution: its `reason` (nil when the entry
    /// gives none), its `source`, and the current phase when the entry holds only in some phases.
    case policyExemption(reason: LocalizedText?, phase: PhaseID?, source: Citation?)
    /// The policy waives the rule for this institution until the date.
    case waived(until: Day, reason: LocalizedText, source: Citation?)
}
