/// The line above a mis-indented one that shows where it most likely belongs. libyaml names only the mapping
/// the slip broke out of: for a key one space short of its siblings (column 4 among keys at column 5, in a
/// mapping whose own keys are at column 3), that outer mapping's column is not what the writer meant, and
/// moving the key there makes a new error. The closest column of a line of the same kind (a key or a list's
/// `-`) deeper than that mapping is.
struct IndentedNeighbour: Equatable {
    enum Kind { case key, dash }

    /// 0-based, as `line(_:)` counts them.
    let line: Int
    /// 1-based.
    let column: Int
    let kind: Kind

    /// Among the lines after `contextLine` and before `problemLine` (0-based), the one of the problem line's kind
    /// whose column, deeper than `contextColumn` (1-based) and other than the problem line's, is closest to it;
    /// of equals, the last. Nil when the problem line is neither a key nor a `-`, or no line qualifies.
    static func find(problemLine: Int, contextLine: Int, contextColumn: Int, line: (Int) -> [UInt8]) -> IndentedNeighbour? {
        guard contextLine < problemLine, let problem = classify(line(problemLine), at: problemLine) else { return nil }
        var best: IndentedNeighbour?
        // The line the context starts on counts too when it is a list item: `- id: x` holds the item's first key.
        for index in contextLine..<problemLine {
            let bytes = line(index)
            guard var candidate = classify(bytes, at: index) else { continue }
            if problem.kind == .key, candidate.kind == .dash, let column = keyAfterDash(bytes) {
                candidate = IndentedNeighbour(line: index, column: column, kind: .key)
            }
            guard index > contextLine || candidate.kind == .key, candidate.kind == problem.kind,
                candidate.column > contextColumn, candidate.column != problem.column
            else { continue }
            if let current = best, abs(current.column - problem.column) < abs(candidate.column - problem.column) { continue }
            best = candidate
        }
        return best
    }

    /// The column of the key a list item's line starts with (`  - id: x`: 5), if it starts with one.
    static func keyAfterDash(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i + 1 < bytes.count, bytes[i] == 0x2D, bytes[i + 1] == 0x20 else { return nil }
        i += 1
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard let key = classify(Array(bytes[i...]), at: 0), key.kind == .key else { return nil }
        return i + 1
    }

    /// A line's kind and column: `- ` (or a lone `-`) starts an item; `name:` followed by a space or the line's
    /// end is a key. Comments, blank lines and anything else (a folded text's lines) are neither.
    static func classify(_ bytes: [UInt8], at index: Int) -> IndentedNeighbour? {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == 0x2D, i + 1 == bytes.count || bytes[i + 1] == 0x20 {
            return IndentedNeighbour(line: index, column: i + 1, kind: .dash)
        }
        var end = i
        while end < bytes.count, KeyColonSlip.isKeyByte(bytes[end]) { end += 1 }
        guard end > i, end < bytes.count, bytes[end] == 0x3A, end + 1 == bytes.count || bytes[end + 1] == 0x20 else { return nil }
        return IndentedNeighbour(line: index, column: i + 1, kind: .key)
    }
}
