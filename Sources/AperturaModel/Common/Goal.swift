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
    public var status: Status
    public var source: Citation?
    public var rationale: LocalizedText?
    public var range: SourceRange

    public init(phase: PhaseID, target: Target, status: Status, source: Citation?, rationale: LocalizedText?, range: SourceRange) {
        self.phase = phase
        self.target = target
        self.status = status
        self.source = source
        self.rationale = rationale
        self.range = range
    }
}
