/// A key one column deeper than the key above it, whose value is on its line (`instalado: true`): libyaml reads
/// the deeper line as the rest of that value and says "mapping values are not allowed" at its colon. Either line
/// may be the slip. When the key above is the first of its mapping (the line before it is its parent's, less
/// indented), and the key after the deeper line does not go back to its column, it is the odd one out, one space
/// short of the keys that follow it; otherwise the deeper line is, one space past its siblings. Only a one-column difference is taken: a text meant to run on over several lines
/// is indented further, and its `: ` wants quotes.
struct KeyReadAsValue: Equatable {
    /// 0-based lines and 1-based columns: the key libyaml read as a value, and the key above it.
    let line: Int
    let column: Int
    let aboveLine: Int
    let aboveColumn: Int
    /// The key above is the first of its mapping, and the slip.
    let aboveIsFirst: Bool

    /// `problemLine`/`problemColumn` (0-based): libyaml's mark, which must be the colon of the key on that line.
    /// `exists`: whether a 0-based line is in the input.
    static func find(problemLine: Int, problemColumn: Int, line: (Int) -> [UInt8], exists: (Int) -> Bool) -> KeyReadAsValue? {
        let bytes = line(problemLine)
        guard let key = IndentedNeighbour.classify(bytes, at: problemLine), key.kind == .key,
              problemColumn < bytes.count, bytes[problemColumn] == 0x3A,
              !bytes[(key.column - 1)..<problemColumn].contains(0x3A),
              let above = previousContentLine(before: problemLine, line: line),
              let aboveKey = keyWithValue(line(above), at: above), key.column == aboveKey.column + 1
        else { return nil }
        // A list item's first key is where its `-` puts it: the deeper line is the slip. So it is when the key after it
        // goes back to the column of the one above.
        let aboveIsFirst = !aboveKey.afterDash && isFirstOfItsMapping(above, column: aboveKey.column, line: line)
            && !nextKey(after: problemLine, isAt: aboveKey.column, line: line, exists: exists)
        return KeyReadAsValue(line: problemLine, column: key.column, aboveLine: above, aboveColumn: aboveKey.column, aboveIsFirst: aboveIsFirst)
    }

    /// Whether the key at `column` (1-based) of line `index` (0-based) is the first of its mapping: the line before it
    /// is its parent's (a key, or an item's `-`, less indented), or there is none. A sibling, or a line of a text, is not.
    static func isFirstOfItsMapping(_ index: Int, column: Int, line: (Int) -> [UInt8]) -> Bool {
        guard let before = previousContentLine(before: index, line: line) else { return true }
        let bytes = line(before)
        let parent = IndentedNeighbour.classify(bytes, at: before).map { $0.kind == .dash ? IndentedNeighbour.keyAfterDash(bytes) ?? $0.column : $0.column }
        return parent.map { $0 < column } ?? false
    }

    /// Whether the first line after `index` that is neither blank nor a comment is a key at `column` (1-based).
    /// `exists`: whether a 0-based line is in the input.
    static func nextKey(after index: Int, isAt column: Int, line: (Int) -> [UInt8], exists: (Int) -> Bool) -> Bool {
        var i = index + 1
        while exists(i) {
            let bytes = line(i)
            let text = bytes.drop { $0 == 0x20 }
            if let first = text.first, first != 0x23 {
                guard let next = IndentedNeighbour.classify(bytes, at: i), next.kind == .key else { return false }
                return next.column == column
            }
            i += 1
        }
        return false
    }

    /// The last line before `index` that is neither blank nor a comment.
    static func previousContentLine(before index: Int, line: (Int) -> [UInt8]) -> Int? {
        var i = index - 1
        while i >= 0 {
            let text = line(i).drop { $0 == 0x20 }
            if let first = text.first, first != 0x23 { return i }
            i -= 1
        }
        return nil
    }

    /// The column of the key `bytes` holds (after a `- ` too) when a plain value follows it on the line: a quoted
    /// or flow value ends where it closes, and a `|` or `>` text, or a nested mapping, takes deeper lines as its own.
    private static func keyWithValue(_ bytes: [UInt8], at index: Int) -> (column: Int, afterDash: Bool)? {
        guard let found = IndentedNeighbour.classify(bytes, at: index) else { return nil }
        let afterDash = found.kind == .dash
        guard let column = afterDash ? IndentedNeighbour.keyAfterDash(bytes) : found.column else { return nil }
        var i = column - 1
        while i < bytes.count, bytes[i] != 0x3A { i += 1 }
        i += 1
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, ![0x23, 0x22, 0x27, 0x7C, 0x3E, 0x7B, 0x5B, 0x26, 0x2A, 0x21].contains(bytes[i]) else { return nil }
        return (column, afterDash)
    }
}
