/// Where a line holds a no-break space (U+00A0) that YAML reads as text although the author meant a space:
/// in the indentation, or right after a colon. Word processors put them there, and they look like spaces.
enum NoBreakSpaceSpot {
    /// The 0-based column, in characters, of the first such no-break space in `line` (its bytes, without the
    /// line break), or nil.
    static func column(in line: [UInt8]) -> Int? {
        var column = 0
        var inIndentation = true
        var i = 0
        while i < line.count {
            let isNoBreak = line[i] == 0xC2 && i + 1 < line.count && line[i + 1] == 0xA0
            if isNoBreak, inIndentation || (i > 0 && line[i - 1] == 0x3A) { return column }
            if !isNoBreak, line[i] != 0x20, line[i] != 0x2D { inIndentation = false }
            if line[i] & 0xC0 != 0x80 { column += 1 }
            i += isNoBreak ? 2 : 1
        }
        return nil
    }
}
