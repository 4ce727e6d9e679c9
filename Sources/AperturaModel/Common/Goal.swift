public import AperturaSource

/// What an indicator must reach in one phase. Either official (cited) or proposed (with a rationale).
public struct Goal: Hashable, Sendable, Codable {
    public enum Target: Hashable, Sendable, Codable {
        case bool(Bool)
        case number(Double)
    }

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case official
        case proposed
    }

    public var phase: PhaseID
    public var target: Target
    /// The target must be passed, not just reached ("above 0.6" rather than "at least 0.6").
    public var strict: Bool
    public var status: Status
    public var source: Citation?
    public var rationale: LocalizedText?
    public var range: SourceRange

    public init(
        phase: PhaseID, target: Target, strict: Bool = false, status: Status, source: Citation?, rationale: LocalizedText?,
        range: SourceRange
    ) {
        self.phase = phase
        self.target = target
        self.strict = strict
        self.status = status
        self.source = source
        self.rationale = rationale
        self.range = range
    }
}
