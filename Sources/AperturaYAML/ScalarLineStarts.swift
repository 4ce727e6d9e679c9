import AperturaSource

/// Computes `YAMLScalar.lineStarts`: where each source line of a scalar's value begins in the file.
///
/// libyaml gives only the scalar's start and end marks and the final text, so this re-reads the
/// scalar's source between the marks and replays how YAML turned it into the value (quotes, escapes,
/// line folding, block indentation), recording the value offset at which each source line begins.
/// Exact for plain and quoted scalars and literal blocks; folded blocks are matched line by line,
/// which is exact unless a line's text also occurs earlier in the same value.
enum ScalarLineStarts {
    typealias LineStart = YAMLScalar.LineStart

    /// Marks are libyaml's (0-based line and column in Unicode scalars). `hasProperties`: the node has
    /// an anchor or a tag, which libyaml includes in the scalar's start mark; the value then starts
    /// after them, and even a plain one-line scalar needs an entry.
    static func compute(
        value: String, style: YAMLScalar.Style, hasProperties: Bool,
        startLine: Int, startColumn: Int, endLine: Int, endColumn: Int,
        lines: inout SourceLineIndex, file: String
    ) -> [LineStart] {
        var startLine = startLine
        var startColumn = startColumn
        if hasProperties {
            let from = lines.byteOffset(line: startLine, column: startColumn)
            let to = lines.byteOffset(line: endLine, column: endColumn)
            let content = skipProperties(lines.bytes, from: from, to: to)
            let location = lines.location(ofByte: content, file: file)
            startLine = location.line - 1 - lines.firstLine
            startColumn = location.column - 1
            if style == .plain && startLine == endLine {
                return [LineStart(valueOffset: 0, location: location)]
            }
        }
        switch style {
        case .literal, .folded:
            // The end mark of a block scalar is often the start of the next line: that line is not part of it.
            let lastLine = endColumn == 0 ? endLine - 1 : endLine
            return block(value: value, literal: style == .literal, headerLine: startLine,
                         endLine: lastLine, lines: &lines, file: file)
        case .plain, .singleQuoted, .doubleQuoted:
            let from = lines.byteOffset(line: startLine, column: startColumn)
            let to = lines.byteOffset(line: endLine, column: endColumn)
            return flow(style: style, from: from, to: to, startLine: startLine, startColumn: startColumn,
                        bytes: lines.bytes, firstLine: lines.firstLine, file: file)
        }
    }

    /// The offset of a node's content after its properties (`&anchor`, `!tag`), the blanks, line
    /// breaks and comments around them.
    private static func skipProperties(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        while i < to {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
            case UInt8(ascii: "&"), UInt8(ascii: "!"):
                // A property runs to the next blank or line break; a verbatim tag `!<...>` has none inside.
                while i < to && bytes[i] != 0x20 && bytes[i] != 0x09 && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
            case UInt8(ascii: "#") where i > from && (bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09):
                while i < to && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
            default:
                return i
            }
        }
        return min(i, to)
    }

    // MARK: Flow scalars (plain, single- and double-quoted)

    private static func flow(
        style: YAMLScalar.Style, from: Int, to: Int, startLine: Int, startColumn: Int,
        bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, file: String
    ) -> [LineStart] {
        let quoted = style != .plain
        var begin = from
        var end = to
        if quoted {
            begin += 1  // opening quote
            if end > begin { end -= 1 }  // closing quote
        }
        guard begin <= end, end <= bytes.count else { return [] }
        var result = [LineStart(valueOffset: 0, location: SourceLocation(
            file: file, line: firstLine + startLine + 1, column: startColumn + 1 + (quoted ? 1 : 0)))]
        var cursor = 0  // value offset reached so far
        var line = startLine
        var i = begin
        var first = true
        var emptyLines = 0
        var escapedBreak = false
        while i <= end {
            // One source line: [lineBegin, lineEnd), then its break.
            var lineEnd = i
            while lineEnd < end && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            let isLast = lineEnd >= end
            var contentBegin = i
            if !first {
                while contentBegin < lineEnd && (bytes[contentBegin] == 0x20 || bytes[contentBegin] == 0x09) {
                    contentBegin += 1
                }
            }
            var contentEnd = lineEnd
            var endsWithEscape = false
            if !isLast {
                if style == .doubleQuoted, let slash = escapedLineEnd(bytes, contentBegin, contentEnd) {
                    contentEnd = slash
                    endsWithEscape = true
                } else {
                    while contentEnd > contentBegin && (bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09) {
                        contentEnd -= 1
                    }
                }
            }
            if !first && contentBegin == contentEnd && !isLast {
                emptyLines += 1  // an empty line folds to a newline
            } else {
                if !first {
                    // The break(s) before this line: newlines for empty lines, else one space.
                    if emptyLines > 0 {
                        cursor += emptyLines
                    } else if !escapedBreak {
                        cursor += 1
                    }
                    emptyLines = 0
                    if contentBegin < contentEnd || isLast {
                        let column = columns(bytes, i, contentBegin) + 1
                        result.append(LineStart(valueOffset: cursor, location: SourceLocation(
                            file: file, line: firstLine + line + 1, column: column)))
                    }
                }
                // After each escape (`\"`, `\x41`, `''`) the value runs behind the source: an entry there keeps
                // the columns that follow exact.
                let lineBegin = first ? begin : i
                let lineColumn = first ? startColumn + 1 + (quoted ? 1 : 0) : 1
                var segment = contentBegin
                var k = contentBegin
                while k < contentEnd {
                    let length = escapeLength(bytes, k, contentEnd, style: style)
                    guard length > 0 else {
                        k += 1
                        continue
                    }
                    let after = min(k + length, contentEnd)
                    cursor += decodedLength(bytes, segment, after, style: style)
                    if after < contentEnd {
                        result.append(LineStart(valueOffset: cursor, location: SourceLocation(
                            file: file, line: firstLine + line + 1, column: lineColumn + columns(bytes, lineBegin, after))))
                    }
                    segment = after
                    k = after
                }
                cursor += decodedLength(bytes, segment, contentEnd, style: style)
                escapedBreak = endsWithEscape
            }
            first = false
            if isLast { break }
            // Skip the break (CR LF counts once).
            if bytes[lineEnd] == 0x0D && lineEnd + 1 < end && bytes[lineEnd + 1] == 0x0A {
                i = lineEnd + 2
            } else {
                i = lineEnd + 1
            }
            line += 1
        }
        return result
    }

    /// If a double-quoted line ends with an escaped line break (an odd run of `\` before the end,
    /// after optional trailing blanks are not allowed to follow it), the offset of that `\`.
    private static func escapedLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ begin: Int, _ end: Int) -> Int? {
        guard end > begin, bytes[end - 1] == 0x5C else { return nil }
        var run = 0
        var k = end - 1
        while k >= begin && bytes[k] == 0x5C {
            run += 1
            k -= 1
        }
        return run % 2 == 1 ? end - 1 : nil
    }

    /// The source length of the escape at `i` (`\"`, `\x41`, `\u00e9`, `''`), or 0 when none starts there.
    private static func escapeLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, style: YAMLScalar.Style) -> Int {
        guard i + 1 < end else { return 0 }
        switch style {
        case .singleQuoted:
            return bytes[i] == 0x27 && bytes[i + 1] == 0x27 ? 2 : 0
        case .doubleQuoted:
            guard bytes[i] == 0x5C else { return 0 }
            switch bytes[i + 1] {
            case UInt8(ascii: "x"): return 4
            case UInt8(ascii: "u"): return 6
            case UInt8(ascii: "U"): return 10
            default: return 2
            }
        case .plain, .literal, .folded:
            return 0
        }
    }

    /// How many UTF-8 bytes of value a stretch of source text produces in the given style.
    private static func decodedLength(
        _ bytes: UnsafeBufferPointer<UInt8>, _ begin: Int, _ end: Int, style: YAMLScalar.Style
    ) -> Int {
        switch style {
        case .singleQuoted:
            var length = 0
            var i = begin
            while i < end {
                // '' stands for one quote.
                i += (bytes[i] == 0x27 && i + 1 < end && bytes[i + 1] == 0x27) ? 2 : 1
                length += 1
            }
            return length
        case .doubleQuoted:
            var length = 0
            var i = begin
            while i < end {
                guard bytes[i] == 0x5C, i + 1 < end else {
                    length += 1
                    i += 1
                    continue
                }
                let kind = bytes[i + 1]
                switch kind {
                case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let digits = kind == UInt8(ascii: "x") ? 2 : kind == UInt8(ascii: "u") ? 4 : 8
                    var code: UInt32 = 0
                    var k = i + 2
                    while k < min(i + 2 + digits, end) {
                        code = code &* 16 &+ UInt32(hexValue(bytes[k]))
                        k += 1
                    }
                    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
                    i += 2 + digits
                case UInt8(ascii: "N"), UInt8(ascii: "_"):
                    length += 2  // U+0085, U+00A0
                    i += 2
                case UInt8(ascii: "L"), UInt8(ascii: "P"):
                    length += 3  // U+2028, U+2029
                    i += 2
                default:
                    length += 1
                    i += 2
                }
            }
            return length
        case .plain, .literal, .folded:
            return end - begin
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: 0
        }
    }

    /// Unicode scalars in bytes[begin..<end].
    private static func columns(_ bytes: UnsafeBufferPointer<UInt8>, _ begin: Int, _ end: Int) -> Int {
        var count = 0
        var i = begin
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    // MARK: Block scalars (literal, folded)

    private static func block(
        value: String, literal: Bool, headerLine: Int, endLine: Int,
        lines: inout SourceLineIndex, file: String
    ) -> [LineStart] {
        let bytes = lines.bytes
        let text = Array(value.utf8)
        guard !text.isEmpty else { return [] }
        // Source content lines: from the line after the header up to the scalar's end.
        var sourceLines: [(begin: Int, end: Int)] = []
        var line = headerLine + 1
        while line <= endLine {
            let begin = lines.lineStart(line)
            if begin >= bytes.count { break }
            var end = begin
            while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            sourceLines.append((begin, end))
            line += 1
        }
        // The block's indentation: the fewest leading spaces of its non-blank lines (for a folded block
        // without an indentation indicator, that is YAML's own rule).
        var indent = Int.max
        for source in sourceLines {
            var k = source.begin
            while k < source.end && bytes[k] == 0x20 { k += 1 }
            if k < source.end { indent = min(indent, k - source.begin) }
        }
        if indent == Int.max { indent = 0 }
        if literal {
            // A literal keeps lines as they are: the indentation is what the source line has and the
            // value line lacks, on the first non-empty line (right with an indentation indicator too).
            var valueLine = 0
            var lineBegin = 0
            while lineBegin < text.count && valueLine < sourceLines.count {
                var lineEnd = lineBegin
                while lineEnd < text.count && text[lineEnd] != 0x0A { lineEnd += 1 }
                var valueSpaces = 0
                while lineBegin + valueSpaces < lineEnd && text[lineBegin + valueSpaces] == 0x20 { valueSpaces += 1 }
                if lineBegin + valueSpaces < lineEnd {
                    let source = sourceLines[valueLine]
                    var sourceSpaces = 0
                    while source.begin + sourceSpaces < source.end && bytes[source.begin + sourceSpaces] == 0x20 {
                        sourceSpaces += 1
                    }
                    indent = max(0, sourceSpaces - valueSpaces)
                    break
                }
                lineBegin = lineEnd + 1
                valueLine += 1
            }
            return literalStarts(text, sourceLines, indent, lines.firstLine + headerLine, bytes, file)
        }
        return foldedStarts(text, sourceLines, indent, lines.firstLine + headerLine, bytes, file)
    }

    /// Literal: value line k is source line k after the header, less the indentation.
    private static func literalStarts(
        _ text: [UInt8], _ sourceLines: [(begin: Int, end: Int)], _ indent: Int, _ headerLine: Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ file: String
    ) -> [LineStart] {
        var result: [LineStart] = []
        var offset = 0
        var k = 0
        while offset < text.count && k < sourceLines.count {
            result.append(LineStart(valueOffset: offset, location: SourceLocation(
                file: file, line: headerLine + 2 + k, column: indent + 1)))
            while offset < text.count && text[offset] != 0x0A { offset += 1 }
            offset += 1
            k += 1
        }
        return result
    }

    /// Folded: each non-blank source line's text appears unchanged in the value, in order (folding only
    /// turns line breaks into spaces or drops them), so find each in turn after the previous one.
    private static func foldedStarts(
        _ text: [UInt8], _ sourceLines: [(begin: Int, end: Int)], _ indent: Int, _ headerLine: Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ file: String
    ) -> [LineStart] {
        var result: [LineStart] = []
        var cursor = 0
        for (k, source) in sourceLines.enumerated() {
            let begin = min(source.begin + indent, source.end)
            guard begin < source.end else { continue }
            let needle = UnsafeBufferPointer(rebasing: bytes[begin..<source.end])
            guard let found = find(needle, in: text, from: cursor) else { continue }
            result.append(LineStart(valueOffset: found, location: SourceLocation(
                file: file, line: headerLine + 2 + k, column: indent + 1)))
            cursor = found + needle.count
        }
        return result
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in text: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, text.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= text.count {
            if text[i] == needle[0] {
                var k = 1
                while k < needle.count && text[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
