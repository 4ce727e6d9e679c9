public import AperturaEngine

/// A rule's outcome without its details: what aggregates count. A waived rule is counted apart from one that does
/// not apply: both are left out of the score, but the waived one applies, and its goal returns when the waiver ends.
public enum OutcomeCode: UInt8, Sendable, Hashable, CaseIterable {
    case met, notMet, notReported, notApplicable, missingEvidence, error, waived

    public init(_ outcome: Outcome) {
        switch outcome {
        case .met: self = .met
        case .notMet: self = .notMet
        case .notReported: self = .notReported
        case .notApplicable(.waived): self = .waived
        case .notApplicable: self = .notApplicable
        case .missingEvidence: self = .missingEvidence
        case .error: self = .error
        }
    }
}
