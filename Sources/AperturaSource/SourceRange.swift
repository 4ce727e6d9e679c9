/// The span a value occupies in its file, from its first character to just past its last.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range of zero width, for a finding about a single point.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    public var file: String { start.file }
    public var description: String { start.description }
}
