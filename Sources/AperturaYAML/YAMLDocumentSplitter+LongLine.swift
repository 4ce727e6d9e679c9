/// Lines too long to keep whole (a pasted blob, or a file that is one endless line): scanned as they come,
/// with what `Scanner.scan` learns from a whole line carried from one part to the next.
extension YAMLDocumentSplitter.Scanner {
    /// What is known of the line being scanned.
    struct LongLine {
        var sawContent = false
        var inComment = false
        var marker: EndMarker
    }

    /// How far the line still reads as a document end marker: `...`, then blanks, then the line's end or a comment.
    enum EndMarker {
        case no, dots, blanks, comment

        func after(_ c: UInt8) -> EndMarker {
            let blank = c == 0x20 || c == 0x09 || c == 0x0D
            switch self {
            case .no: return .no
            case .dots: return blank ? .blanks : .no
            case .blanks: return blank ? .blanks : c == UInt8(ascii: "#") ? .comment : .no
            case .comment: return .comment
            }
        }
    }

    /// Scans `pending` as a long line (its start, when `openLine` is nil). Not `ending`: `pending` holds no line
    /// break; all of it but the last two bytes (which may begin a character the next bytes end) is scanned and
    /// dropped. `ending`: `pending` holds the line's end (its first line break, or the stream's end): scanned up
    /// to it, and the line closed. False when the stream cannot be cut.
    mutating func scanLongLine(ending: Bool) -> Bool {
        let stop = ending ? (pending.firstIndex(of: 0x0A) ?? pending.count) : pending.count - 2
        let result: LongLine? = pending.withUnsafeBufferPointer { b in
            var first = 0
            var state: LongLine
            if let open = openLine {
                state = open
            } else {
                // The line's start, as `scan` reads it (a long line holds more than these four bytes).
                if offset == 0 && (b[0] == 0 || b[1] == 0 || (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)) { return nil }
                if b[0] == UInt8(ascii: "%") { return nil }
                if b[0] == UInt8(ascii: "-") && b[1] == b[0] && b[2] == b[0] && YAMLDocumentSplitter.isBlankOrBreak(b[3]), offset > 0 {
                    if pieceHasContent { pieces.append(YAMLDocumentSplitter.Piece(range: pieceStart..<offset, firstLine: pieceLine)) }
                    pieceStart = offset
                    pieceLine = line
                    pieceHasContent = false
                }
                let dots = b[0] == UInt8(ascii: ".") && b[1] == b[0] && b[2] == b[0]
                state = LongLine(marker: dots ? .dots : .no)
                // The dots are content, as in `scan`; the marker is read from the byte after them.
                if dots { state.sawContent = true; first = 3 }
            }
            for i in first..<stop {
                let c = b[i]
                if YAMLDocumentSplitter.breaksLineUnseen(b, at: i) { return nil }
                YAMLDocumentSplitter.note(c, sawContent: &state.sawContent, inComment: &state.inComment)
                state.marker = state.marker.after(c)
            }
            return state
        }
        guard let result else { return false }
        if ending {
            if result.sawContent && result.marker == .no { pieceHasContent = true }
            line += 1
            openLine = nil
            let consumed = min(stop + 1, pending.count)
            pending.removeFirst(consumed)
            offset += consumed
        } else {
            openLine = result
            pending.removeFirst(stop)
            offset += stop
        }
        return true
    }
}
