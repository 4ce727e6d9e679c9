/// One record of a CSV table: its fields, the line it starts on and the column each field starts at.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    /// 1-based line of the record's first character.
    public var line: Int
    /// 1-based column (in bytes) where each field starts, on the line it starts on.
    public var columns: [Int]
    /// The line each field starts on (a quoted field can span lines).
    public var lines: [Int]

    public init(fields: [String], line: Int, columns: [Int], lines: [Int]) {
        self.fields = fields
        self.line = line
        self.columns = columns
        self.lines = lines
    }
}
