/// A parsed regular expression in RE2 syntax, reduced to what deciding "does it match" needs:
/// groups keep no captures and laziness is dropped, since neither changes whether a text matches.
indirect enum RegexNode: Sendable {
    /// Matches the empty string.
    case empty
    /// One scalar; with `foldCase`, any scalar of the same simple case folding.
    case scalar(Unicode.Scalar, foldCase: Bool)
    /// One scalar of a character class.
    case set(ScalarSet, foldCase: Bool)
    /// `.`: any scalar, the line feed only with the `s` flag.
    case any(matchesNewline: Bool)
    case assertion(RegexAssertion)
    case concat([RegexNode])
    case alternate([RegexNode])
    /// `max` nil for no upper bound.
    case repetition(RegexNode, min: Int, max: Int?)
}

/// The empty-width assertions of RE2.
enum RegexAssertion: Sendable {
    /// `\A`, and `^` without the `m` flag.
    case beginText
    /// `\z`, and `$` without the `m` flag (RE2's `$` does not match before a final line feed).
    case endText
    /// `^` with the `m` flag.
    case beginLine
    /// `$` with the `m` flag.
    case endLine
    /// `\b`: between an ASCII word character and anything else.
    case wordBoundary
    /// `\B`.
    case notWordBoundary

    /// Whether the assertion holds between `previous` and `next` (nil at either end of the text).
    func holds(previous: Unicode.Scalar?, next: Unicode.Scalar?) -> Bool {
        switch self {
        case .beginText: previous == nil
        case .endText: next == nil
        case .beginLine: previous == nil || previous == "\n"
        case .endLine: next == nil || next == "\n"
        case .wordBoundary: Self.isWord(previous) != Self.isWord(next)
        case .notWordBoundary: Self.isWord(previous) == Self.isWord(next)
        }
    }

    private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value, value < 0x80 else { return false }
        let byte = UInt8(value)
        return byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
