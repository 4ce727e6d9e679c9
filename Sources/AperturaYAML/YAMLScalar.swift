public import AperturaSource

/// The text of a scalar node and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style
    /// Where each line of `value` begins in the file, for scalars whose value spans several lines
    /// or whose source is offset from the node's start (quotes, block indicators). Each entry says:
    /// the UTF-8 offset into `value` at which a source line starts, and that line's location.
    /// Empty when `value` maps one-to-one onto the source from the node's start.
    public var lineStarts: [LineStart]

    public struct LineStart: Sendable, Hashable {
        public var valueOffset: Int
        public var location: SourceLocation

        public init(valueOffset: Int, location: SourceLocation) {
            self.valueOffset = valueOffset
            self.location = location
        }
    }

    public init(value: String, style: Style, lineStarts: [LineStart] = []) {
        self.value = value
        self.style = style
        self.lineStarts = lineStarts
    }

    /// True for a plain scalar that YAML 1.2's core schema reads as null (`~`, `null`, empty).
    public var isNull: Bool {
        // Asked of nearly every scalar read: the byte count rules out almost all of them before any
        // string comparison (every null spelling has at most four bytes).
        guard style == .plain, value.utf8.count <= 4 else { return false }
        return value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }
}
