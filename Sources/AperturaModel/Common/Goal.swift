public import AperturaSource

/// What an indicator must reach in one phase. Either official (cited) or proposed (with a rationale).
///
/// An immutable class rather than a struct: every outcome of every evaluation carries its goal (and a
/// gap carries two), and passing one along is then one reference count, not one per string inside it.
public final class Goal: Hashable, Sendable, Codable {
    public enum Target: Hashable, Sendable, Codable {
        case bool(Bool)
        case number(Double)
    }

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case official
        case proposed
    }

    public let phase: PhaseID
    public let target: Target
    /// The target must be passed, not just reached ("above 0.6" rather than "at least 0.6").
    public let strict: Bool
    public let status: Status
    public let source: Citation?
    public let rationale: LocalizedText?
    public let range: SourceRange
    /// Where the phase and the target are written, for diagnostics about them (nil when not from a file).
    public let phaseRange: SourceRange?
    public let targetRange: SourceRange?

    public init(
        phase: PhaseID, target: Target, strict: Bool = false, status: Status, source: Citation?, rationale: LocalizedText?,
        range: SourceRange, phaseRange: SourceRange? = nil, targetRange: SourceRange? = nil
    ) {
        self.phase = phase
        self.target = target
        self.strict = strict
        self.status = status
        self.source = source
        self.rationale = rationale
        self.range = range
        self.phaseRange = phaseRange
        self.targetRange = targetRange
    }

    public static func == (lhs: Goal, rhs: Goal) -> Bool {
        lhs === rhs
            || (lhs.phase == rhs.phase && lhs.target == rhs.target && lhs.strict == rhs.strict && lhs.status == rhs.status
                && lhs.source == rhs.source && lhs.rationale == rhs.rationale && lhs.range == rhs.range)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(phase)
        hasher.combine(target)
        hasher.combine(range)
    }
}
