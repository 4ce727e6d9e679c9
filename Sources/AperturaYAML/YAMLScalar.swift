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
        style == .plain && Self.spellsNull(value.utf8)
    }

    /// True for the texts YAML 1.2's core schema reads as null when plain: empty, `~`, `null`, `Null`, `NULL`.
    /// Asked of nearly every scalar read: the byte count rules out almost all of them at once.
    static func spellsNull<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes.first == UInt8(ascii: "~")
        case 4: return bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8) || bytes.elementsEqual("NULL".utf8)
        default: return false
        }
    }
}
