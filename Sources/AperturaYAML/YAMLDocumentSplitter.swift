/// Cuts a YAML stream into its documents before parsing, so that each can be parsed on its own: in
/// parallel, and past an error in another. A document starts at a line that begins with the marker `---`
/// followed by a blank or the line's end; YAML 1.2 forbids such a line inside any content (§ 9.1.4,
/// `c-forbidden`), so the cut is where the YAML parser itself would see a new document.
///
/// The splitter only cuts streams it can cut with certainty. It gives up (nil) on directives (`%YAML`,
/// `%TAG`: they belong to the document after them), on line breaks other than LF and CRLF (libyaml also
/// breaks lines at CR, NEL, LS and PS, and the pieces' line numbers would drift), and on a stream with
/// fewer than two documents. Pieces holding only blanks and comments are left out.
public enum YAMLDocumentSplitter {
    public struct Piece: Sendable, Equatable {
        /// The piece's bytes in the stream.
        public var range: Range<Int>
        /// The 0-based line of the stream on which it starts.
        public var firstLine: Int
    }

    public static func split(_ bytes: [UInt8]) -> [Piece]? {
        bytes.withUnsafeBufferPointer { split($0) }
    }

    static func split(_ b: UnsafeBufferPointer<UInt8>) -> [Piece]? {
        let n = b.count
        // UTF-16 and UTF-32 (a byte order mark, or a zero byte at the start): not cut, the full parser says why.
        if n >= 2 && (b[0] == 0 || b[1] == 0 || (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)) { return nil }
        var pieces: [Piece] = []
        var pieceStart = 0, pieceLine = 0, line = 0
        var pieceHasContent = false
        var i = 0
        while i < n {
            // `i` starts a line.
            let lineStart = i
            let byte = b[i]
            if byte == UInt8(ascii: "%") { return nil }
            if byte == UInt8(ascii: "-") && i + 2 < n && b[i + 1] == byte && b[i + 2] == byte
                && (i + 3 == n || isBlankOrBreak(b[i + 3])), i > 0 {
                if pieceHasContent { pieces.append(Piece(range: pieceStart..<i, firstLine: pieceLine)) }
                pieceStart = i
                pieceLine = line
                pieceHasContent = false
            }
            // The rest of the line: its end, whether it holds more than blanks and a comment, and no
            // line break libyaml would count that this count does not.
            var sawContent = false, inComment = false
            while i < n && b[i] != 0x0A {
                let c = b[i]
                if c == 0x0D && !(i + 1 < n && b[i + 1] == 0x0A) { return nil }
                if c == 0xC2 && i + 1 < n && b[i + 1] == 0x85 { return nil }
                if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) { return nil }
                if !inComment {
                    if c == UInt8(ascii: "#") && !sawContent { inComment = true } else if !isBlankOrBreak(c) { sawContent = true }
                }
                i += 1
            }
            // A document end marker (`...`) alone holds no document.
            if sawContent && !isEndMarker(b, from: lineStart, to: i) { pieceHasContent = true }
            i += 1
            line += 1
        }
        if pieceHasContent { pieces.append(Piece(range: pieceStart..<n, firstLine: pieceLine)) }
        return pieces.count >= 2 ? pieces : nil
    }

    /// The line `[from, to)` is `...`, then blanks or a comment.
    private static func isEndMarker(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to - from >= 3, b[from] == UInt8(ascii: "."), b[from + 1] == UInt8(ascii: "."), b[from + 2] == UInt8(ascii: ".") else { return false }
        var i = from + 3
        while i < to && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D) { i += 1 }
        return i == to || (b[i] == UInt8(ascii: "#") && i > from + 3)
    }

    private static func isBlankOrBreak(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A
    }
}
