public import AperturaSource

/// An indicator's starting point, or why none is published.
public struct Baseline: Hashable, Sendable, Codable {
    public var value: Double?
    public var year: Int?
    /// When no baseline is available: why.
    public var unavailableReason: LocalizedText?
    public var source: Citation?
    /// Where `value` is written, for a value outside its unit's range.
    public var valueRange: SourceRange?

    public init(value: Double?, year: Int?, unavailableReason: LocalizedText?, source: Citation?) {
        self.value = value
        self.year = year
        self.unavailableReason = unavailableReason
        self.source = source
    }
}
