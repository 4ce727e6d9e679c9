/// A point in a source file. Lines and columns are 1-based; columns count Unicode scalars,
/// as libyaml's marks do.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `file:line:column`, the form editors and terminals turn into links. A control character in the file's name is
    /// shown as its code (`HiddenCharacters`), so that the name cannot act on the terminal that shows it.
    public var description: String { "\(HiddenCharacters.shownName(file)):\(line):\(column)" }
}
