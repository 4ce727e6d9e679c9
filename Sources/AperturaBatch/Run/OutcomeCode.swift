public import AperturaEngine

/// A rule's outcome without its details: what aggregates count.
public enum OutcomeCode: UInt8, Sendable, Hashable, CaseIterable {
    case met, notMet, notReported, notApplicable, missingEvidence, error

    public init(_ outcome: Outcome) {
        switch outcome {
        case .met: self = .met
        case .notMet: self = .notMet
        case .notReported: self = .notReported
        case .notApplicable: self = .notApplicable
        case .missingEvidence: self = .missingEvidence
        case .error: self = .error
        }
    }
}
