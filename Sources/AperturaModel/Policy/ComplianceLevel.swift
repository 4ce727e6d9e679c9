public import AperturaSource

/// A named band of scores. Levels are listed best first; a score takes the first level it passes.
public struct ComplianceLevel: Hashable, Sendable, Codable {
    public enum Threshold: Hashable, Sendable, Codable {
        case above(Double)
        case atLeast(Double)
        /// The last level: every score that passed no other.
        case rest
    }

    public var id: LevelID
    public var name: LocalizedText
    public var threshold: Threshold
    /// Whether an authority set the thresholds (`official`) or they are a proposal. A level that does not say is
    /// proposed: a report must never present a proposed threshold as an official verdict.
    public var status: Goal.Status
    public var range: SourceRange
    /// Where the threshold's value is written (nil for the last level).
    public var thresholdRange: SourceRange?
    /// Where the id and the name are written.
    public var idRange: SourceRange?
    public var nameRange: SourceRange?

    public init(id: LevelID, name: LocalizedText, threshold: Threshold, status: Goal.Status = .proposed, range: SourceRange, thresholdRange: SourceRange? = nil,
                idRange: SourceRange? = nil, nameRange: SourceRange? = nil) {
        self.id = id
        self.name = name
        self.threshold = threshold
        self.status = status
        self.range = range
        self.thresholdRange = thresholdRange
        self.idRange = idRange
        self.nameRange = nameRange
    }

    public func admits(_ score: Double) -> Bool { threshold.admits(score) }
}

extension ComplianceLevel.Threshold {
    /// A score within `NumericTolerance.epsilon` of the threshold counts as the threshold itself.
    public func admits(_ score: Double) -> Bool {
        switch self {
        case .above(let t): score > t + NumericTolerance.epsilon
        case .atLeast(let t): score >= t - NumericTolerance.epsilon
        case .rest: true
        }
    }

    /// Whether this threshold admits some score that `other` does not: `at_least: t` is lower than
    /// `above: t`, which is lower than any threshold above t.
    public func isLower(than other: Self) -> Bool {
        switch (self, other) {
        case (.rest, .rest): false
        case (.rest, _): true
        case (_, .rest): false
        case (.atLeast(let a), .above(let b)): a <= b
        case (.above(let a), .above(let b)), (.atLeast(let a), .atLeast(let b)), (.above(let a), .atLeast(let b)): a < b
        }
    }
}
