public import AperturaSource

/// The text of an expression as written in a rule file, with what is needed to report a problem
/// at offset k of the expression at its true line and column in the YAML file.
public struct ExpressionSource: Hashable, Sendable, Codable {
    /// Where a line of `text` begins in the file: the UTF-8 offset into `text` and that place.
    public struct LineStart: Hashable, Sendable, Codable {
        public var offset: Int
        public var location: SourceLocation

        public init(offset: Int, location: SourceLocation) {
            self.offset = offset
            self.location = location
        }
    }

    public var text: String
    public var range: SourceRange
    /// Empty when the text maps one-to-one onto the file from `range.start` (a plain one-line scalar).
    public var lineStarts: [LineStart]

    public init(text: String, range: SourceRange, lineStarts: [LineStart] = []) {
        self.text = text
        self.range = range
        self.lineStarts = lineStarts
    }

    /// The file location of the UTF-8 offset `offset` into `text`.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let anchor = lineStarts.last(where: { $0.offset <= offset }) ?? LineStart(offset: 0, location: range.start)
        let utf8 = Array(text.utf8)
        let from = min(max(anchor.offset, 0), utf8.count)
        let to = min(max(offset, from), utf8.count)
        // Columns count Unicode scalars: count the bytes that start a scalar.
        let scalars = utf8[from..<to].count(where: { $0 & 0xC0 != 0x80 })
        var location = anchor.location
        location.column += scalars
        return location
    }
}
