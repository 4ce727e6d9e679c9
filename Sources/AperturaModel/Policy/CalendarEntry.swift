public import AperturaSource

/// When a phase runs, in one policy's calendar.
public struct CalendarEntry: Hashable, Sendable, Codable {
    public var phase: PhaseID
    public var start: Day
    public var end: Day
    public var status: Goal.Status
    public var source: Citation?
    public var rationale: LocalizedText?
    public var range: SourceRange
    /// Where the phase, its dates and its rationale are written.
    public var phaseRange: SourceRange?
    public var startRange: SourceRange?
    public var endRange: SourceRange?
    public var rationaleRange: SourceRange?

    public init(phase: PhaseID, start: Day, end: Day, status: Goal.Status, source: Citation?, rationale: LocalizedText?, range: SourceRange,
                phaseRange: SourceRange? = nil, startRange: SourceRange? = nil, endRange: SourceRange? = nil, rationaleRange: SourceRange? = nil) {
        self.phase = phase
        self.start = start
        self.end = end
        self.status = status
        self.source = source
        self.rationale = rationale
        self.range = range
        self.phaseRange = phaseRange
        self.startRange = startRange
        self.endRange = endRange
        self.rationaleRange = rationaleRange
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}
