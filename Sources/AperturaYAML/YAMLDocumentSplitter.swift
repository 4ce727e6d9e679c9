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
        var scanner = Scanner()
        guard scanner.feed(bytes) else { return nil }
        return scanner.finish()
    }

    /// The same cut, made as the stream is read a chunk at a time (a file too large to hold whole): only
    /// the line being read is kept, and of a line longer than `longLine` only its last bytes.
    public struct Scanner {
        var pieces: [Piece] = []
        var pieceStart = 0, pieceLine = 0, line = 0
        var pieceHasContent = false
        /// The bytes not scanned yet (an incomplete last line), and where they start in the stream.
        var pending: [UInt8] = []
        var offset = 0
        var failed = false
        /// A line is scanned as it comes once this long, not kept whole (an endless line would fill the memory).
        let longLine: Int
        /// The line being scanned as it comes, when `pending` holds its continuation.
        var openLine: LongLine?

        public init(longLine: Int = 1 << 20) {
            self.longLine = max(4, longLine)
        }

        /// Scans the next bytes of the stream; false once the stream cannot be cut.
        public mutating func feed(_ bytes: [UInt8]) -> Bool {
            guard !failed else { return false }
            pending += bytes
            // The encoding is told by the stream's first two bytes: nothing is scanned before them.
            if offset == 0 && pending.count < 2 { return true }
            // Only the new bytes can hold a line break: the pending ones were scanned up to theirs.
            guard bytes.lastIndex(of: 0x0A) != nil else {
                if pending.count > longLine { failed = !scanLongLine(ending: false) }
                return !failed
            }
            if openLine != nil { failed = !scanLongLine(ending: true) }
            guard !failed else { return false }
            // Searched from the end: it is among the new bytes.
            guard let lastBreak = pending.lastIndex(of: 0x0A) else { return true }
            let ok = pending.withUnsafeBufferPointer { scan(UnsafeBufferPointer(rebasing: $0[...lastBreak])) }
            pending.removeFirst(lastBreak + 1)
            offset += lastBreak + 1
            failed = !ok
            return ok
        }

        /// The pieces, once the whole stream was fed; nil when it cannot be cut.
        public mutating func finish() -> [Piece]? {
            guard !failed else { return nil }
            if openLine != nil, !scanLongLine(ending: true) { return nil }
            let ok = pending.withUnsafeBufferPointer { scan($0) }
            guard ok else { return nil }
            let end = offset + pending.count
            if pieceHasContent { pieces.append(Piece(range: pieceStart..<end, firstLine: pieceLine)) }
            return pieces.count >= 2 ? pieces : nil
        }

        /// Scans whole lines (the last one may end the stream without a line break); `b[0]` is at `offset`.
        mutating func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = b.count
            // UTF-16 and UTF-32 (a byte order mark, or a zero byte at the start): not cut, the full parser says why.
            if offset == 0 && n >= 2 && (b[0] == 0 || b[1] == 0 || (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)) { return false }
            var i = 0
            while i < n {
                // `i` starts a line.
                let lineStart = i
                let byte = b[i]
                if byte == UInt8(ascii: "%") { return false }
                if byte == UInt8(ascii: "-") && i + 2 < n && b[i + 1] == byte && b[i + 2] == byte
                    && (i + 3 == n || YAMLDocumentSplitter.isBlankOrBreak(b[i + 3])), offset + i > 0 {
                    if pieceHasContent { pieces.append(Piece(range: pieceStart..<(offset + i), firstLine: pieceLine)) }
                    pieceStart = offset + i
                    pieceLine = line
                    pieceHasContent = false
                }
                // The rest of the line: its end, whether it holds more than blanks and a comment, and no
                // line break libyaml would count that this count does not.
                var sawContent = false, inComment = false
                while i < n && b[i] != 0x0A {
                    let c = b[i]
                    if YAMLDocumentSplitter.breaksLineUnseen(b, at: i) { return false }
                    YAMLDocumentSplitter.note(c, sawContent: &sawContent, inComment: &inComment)
                    i += 1
                }
                // A document end marker (`...`) alone holds no document.
                if sawContent && !YAMLDocumentSplitter.isEndMarker(b, from: lineStart, to: i) { pieceHasContent = true }
                i += 1
                line += 1
            }
            return true
        }
    }

    /// The line `[from, to)` is `...`, then blanks or a comment.
    static func isEndMarker(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to - from >= 3, b[from] == UInt8(ascii: "."), b[from + 1] == UInt8(ascii: "."), b[from + 2] == UInt8(ascii: ".") else { return false }
        var i = from + 3
        while i < to && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D) { i += 1 }
        return i == to || (b[i] == UInt8(ascii: "#") && i > from + 3)
    }

    /// Byte `i` starts a line break libyaml counts and this cut does not (a lone CR, NEL, LS or PS).
    @inline(__always)
    static func breaksLineUnseen(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i], n = b.count
        return (c == 0x0D && !(i + 1 < n && b[i + 1] == 0x0A)) || (c == 0xC2 && i + 1 < n && b[i + 1] == 0x85)
            || (c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9))
    }

    /// Notes what byte `c` of a line tells: content, or the start of a comment before any content.
    @inline(__always)
    static func note(_ c: UInt8, sawContent: inout Bool, inComment: inout Bool) {
        guard !inComment else { return }
        if c == UInt8(ascii: "#") && !sawContent { inComment = true } else if !isBlankOrBreak(c) { sawContent = true }
    }

    static func isBlankOrBreak(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A
    }
}
