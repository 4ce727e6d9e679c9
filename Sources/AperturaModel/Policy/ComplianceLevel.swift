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
    public var range: SourceRange

    public init(id: LevelID, name: LocalizedText, threshold: Threshold, range: SourceRange) {
        self.id = id
        self.name = name
        self.threshold = threshold
        self.range = range
    }

    public func admits(_ score: Double) -> Bool {
        switch threshold {
        case .above(let t): score > t
        case .atLeast(let t): score >= t
        case .rest: true
        }
    }
}
