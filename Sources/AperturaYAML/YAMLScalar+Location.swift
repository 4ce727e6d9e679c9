public import AperturaSource

extension YAMLScalar {
    /// Where in the file the character at UTF-8 offset `offset` of `value` was written, so that an
    /// error inside an embedded expression can point at its YAML line and column.
    ///
    /// `nodeStart` is the scalar node's `range.start`. Exact for plain scalars, quoted scalars
    /// without escapes and literal blocks; within a line that holds escapes (`\n`, `''`) columns
    /// are counted in the value, and folded blocks are best effort (see `ScalarLineStarts`).
    /// Offsets past the end of `value` are clamped to it.
    public func location(ofValueOffset offset: Int, nodeStart: SourceLocation) -> SourceLocation {
        let utf8 = value.utf8
        let target = min(max(offset, 0), utf8.count)
        // The last recorded line start at or before the offset; the node's start when none is.
        var base = 0
        var location = nodeStart
        var low = 0
        var high = lineStarts.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if lineStarts[mid].valueOffset <= target {
                base = lineStarts[mid].valueOffset
                location = lineStarts[mid].location
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        // Count Unicode scalars from there: each byte that is not a continuation byte starts one.
        var column = location.column
        var index = utf8.index(utf8.startIndex, offsetBy: min(base, utf8.count))
        let end = utf8.index(utf8.startIndex, offsetBy: target)
        while index < end {
            if utf8[index] & 0xC0 != 0x80 { column += 1 }
            index = utf8.index(after: index)
        }
        return SourceLocation(file: location.file, line: location.line, column: column)
    }
}
