/// A line that is `key:value` where `key: value` was meant: no space after the colon, or a no-break space
/// (U+00A0, pasted from a word processor) where the space goes. YAML reads either as one plain text,
/// `sesiones:4`, so libyaml complains only on the next line; this names the line and the fix.
struct KeyColonSlip {
    enum Kind {
        case noSpace
        case noBreakSpace
    }

    let kind: Kind
    let key: String
    /// What follows the colon (and the no-break space), up to a comment or the end of the line.
    let value: String
    /// 0-based columns, in characters as libyaml counts them: where the key starts, and where the slip is
    /// (the colon for `noSpace`, the no-break space for `noBreakSpace`).
    let keyColumn: Int
    let column: Int

    /// `line`: one line's bytes, without its break. Nil unless it is indentation (and `- `), a key of ASCII
    /// letters, digits and `_` not starting with a digit (so `10:30` is a time, not a key), and a colon followed
    /// by something other than a space, a tab or `/` (a link, `https://`).
    init?(line: [UInt8]) {
        var i = 0
        while i < line.count, line[i] == 0x20 || line[i] == 0x2D { i += 1 }  // indentation and `- `
        let keyStart = i
        while i < line.count, Self.isKeyByte(line[i]) { i += 1 }
        guard i > keyStart, !(0x30...0x39).contains(line[keyStart]), i + 1 < line.count, line[i] == 0x3A else { return nil }
        var valueStart = i + 1
        if line[i + 1] == 0xC2, i + 2 < line.count, line[i + 2] == 0xA0 {
            kind = .noBreakSpace
            column = i + 1  // everything before it is ASCII: one byte, one character
            valueStart = i + 3
        } else if [0x20, 0x09, 0x2F].contains(line[i + 1]) {
            return nil
        } else {
            kind = .noSpace
            column = i
        }
        key = String(decoding: line[keyStart..<i], as: UTF8.self)
        keyColumn = keyStart
        var valueEnd = valueStart
        while valueEnd < line.count, !(line[valueEnd] == 0x23 && line[valueEnd - 1] == 0x20) { valueEnd += 1 }
        while valueEnd > valueStart, line[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        value = String(decoding: line[valueStart..<valueEnd], as: UTF8.self)
    }

    static func isKeyByte(_ byte: UInt8) -> Bool {
        byte == 0x5F || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
