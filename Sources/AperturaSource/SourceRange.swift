/// The span a value occupies in its file, from its first character to just past its last.
///
/// The file is held once, not in each end: a self-assessment has a range for every answer, and each
/// copy of the file's name is a reference count to take and drop.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    /// A range within one file: `end`'s file is taken to be `start`'s.
    public init(start: SourceLocation, end: SourceLocation) {
        file = start.file
        startLine = start.line
        startColumn = start.column
        endLine = end.line
        endColumn = end.column
    }

    public init(file: String, startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.file = file
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// A range of zero width, for a finding about a single point.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    public var start: SourceLocation { SourceLocation(file: file, line: startLine, column: startColumn) }
    public var end: SourceLocation { SourceLocation(file: file, line: endLine, column: endColumn) }
    public var description: String { start.description }
}

extension SourceRange: Codable {
    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try container.decode(SourceLocation.self, forKey: .start), end: try container.decode(SourceLocation.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
