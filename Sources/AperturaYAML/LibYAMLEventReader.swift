internal import CLibYAML
import AperturaSource

/// Owns one libyaml parser and the bytes it reads, and hands out its events one at a time.
///
/// A class because libyaml keeps pointers into both the parser struct and the input buffer for the
/// whole parse: both are allocated once here, at stable addresses, and freed in `deinit`.
final class LibYAMLEventReader {
    let file: String
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The last event read, reused for every event so reading allocates nothing of ours.
    let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    /// False when libyaml could not even allocate its parser; every read then fails.
    private let initialized: Bool
    private(set) var lines: SourceLineIndex
    /// The last scalar read, when it was quoted and ran over more than one line: a quote not closed where the
    /// author meant (a typographic `”`) runs on to the next straight one, and the error comes just after that.
    private var lastMultiLineQuote: (start: yaml_mark_t, end: yaml_mark_t, single: Bool)?

    /// Copies `bytes` (libyaml needs them to outlive any one call) and starts a parser on them.
    /// `firstLine`: the 0-based line of the file on which `bytes` start (see `SourceLineIndex.firstLine`).
    init(bytes: [UInt8], file: String, firstLine: Int = 0) {
        self.file = file
        buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        lines = SourceLineIndex(bytes: UnsafeBufferPointer(rebasing: buffer[0..<bytes.count]))
        lines.firstLine = firstLine
        initialized = yaml_parser_initialize(parser) != 0
        if initialized { yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count) }
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
        buffer.deallocate()
    }

    /// Reads the next event into `event`, releasing the previous one. False on a libyaml error,
    /// after which `errorDiagnostic()` describes it and no further event may be read.
    func advance() -> Bool {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard initialized, yaml_parser_parse(parser, event) != 0 else { return false }
        holdsEvent = true
        if event.pointee.type == YAML_SCALAR_EVENT { noteQuote() }
        return true
    }

    /// The 1-based location of a libyaml mark.
    @inline(__always)
    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: lines.firstLine + mark.line + 1, column: mark.column + 1)
    }

    /// The byte offset of a libyaml mark (whose own `index` counts characters, not bytes).
    func byteOffset(_ mark: yaml_mark_t) -> Int {
        lines.byteOffset(line: mark.line, column: mark.column)
    }

    /// Source lines for `ScalarLineStarts`, which needs to read the scalar's text in the file.
    func withLines<R>(_ body: (inout SourceLineIndex) -> R) -> R {
        body(&lines)
    }

    /// The parser's error as a `yaml_syntax_error` diagnostic at libyaml's problem mark, or, when the
    /// problem is the end of the input (an unclosed quote or bracket), where the unclosed construct began:
    /// that is where the fix goes.
    func errorDiagnostic() -> Diagnostic {
        guard initialized else {
            return YAMLDiagnostics.syntaxError(
                problem: "out of memory", context: nil, contextLine: nil,
                at: SourceLocation(file: file, line: lines.firstLine + 1, column: 1))
        }
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? (p.error == YAML_MEMORY_ERROR ? "out of memory" : "unknown error")
        let context = p.context.map { String(cString: $0) }
        let location: SourceLocation
        if p.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset rather than a mark.
            location = lines.location(ofByte: p.problem_offset, file: file)
        } else {
            location = self.location(p.problem_mark)
        }
        let contextLine = context == nil ? nil : lines.firstLine + p.context_mark.line + 1
        let problemByte = lines.byteOffset(line: location.line - 1 - lines.firstLine, column: location.column - 1)
        // Before the end-of-input rule: a slip on the last line is still best shown where it is.
        if p.error != YAML_READER_ERROR, let long = longKeyError(problem: problem, context: context) { return long }
        if p.error != YAML_READER_ERROR, let moved = keySlipError(problem: problem, context: context) { return moved }
        if problemByte >= lines.bytes.count, context != nil, p.error != YAML_READER_ERROR {
            return YAMLDiagnostics.syntaxError(problem: problem, context: context, contextLine: nil, at: self.location(p.context_mark))
        }
        if p.error != YAML_READER_ERROR, let moved = openQuoteError(problem: problem, context: context) { return moved }
        if p.error != YAML_READER_ERROR, problem == "mapping values are not allowed in this context",
           let moved = valueSlipError(problem: problem, context: context) { return moved }
        let atTab = problemByte < lines.bytes.count && lines.bytes[problemByte] == 0x09
        var help: LocalizedText?
        if p.error != YAML_READER_ERROR {
            let isMappingValue = problem == "mapping values are not allowed in this context"
            help = (isMappingValue ? colonHelp(problemLine: p.problem_mark.line) : nil)
                ?? noBreakSpaceHelp(lines: context == nil ? [p.problem_mark.line] : [p.problem_mark.line, p.context_mark.line])
            if help == nil, isMappingValue, let moved = keyReadAsValueError(problem: problem, context: context) {
                return moved
            } else if help == nil, isMappingValue {
                help = YAMLDiagnostics.mappingValueHelp
            } else if help == nil, let contextLine {
                let neighbour = IndentedNeighbour.find(
                    problemLine: p.problem_mark.line, contextLine: p.context_mark.line, contextColumn: p.context_mark.column + 1, line: lineBytes)
                if problem == "did not find expected key", let neighbour, let moved = firstKeyTooFarError(problem: problem, context: context, neighbour: neighbour) {
                    return moved
                }
                if problem == "did not find expected key", let moved = firstKeyShortError(problem: problem, context: context) { return moved }
                help = YAMLDiagnostics.indentationHelp(
                    problem: problem, line: location.line, contextLine: contextLine, contextColumn: p.context_mark.column + 1,
                    neighbour: neighbour.map { IndentedNeighbour(line: lines.firstLine + $0.line + 1, column: $0.column, kind: $0.kind) })
            }
        }
        return YAMLDiagnostics.syntaxError(
            problem: problem, context: context,
            contextLine: contextLine == location.line ? nil : contextLine, atTab: atTab, help: help, at: location)
    }

    /// Advice for "mapping values are not allowed", which libyaml reports on the line after the usual
    /// culprit: a `key:value` with no space after the colon (or a no-break space pasted there) is read as
    /// text that runs on into the next line, and the next line's `key: value` cannot follow it. A bullet pasted
    /// in place of `- ` makes `• key` a key whose item's next field cannot follow it either.
    /// Nil when no line shows such a slip (the caller then gives the general advice).
    private func colonHelp(problemLine: Int) -> LocalizedText? {
        for line in [problemLine - 1, problemLine] where line >= 0 {
            let bytes = lineBytes(line)
            if let help = YAMLDiagnostics.bulletHelp(bytes, line: lines.firstLine + line + 1) { return help }
            if let help = YAMLDiagnostics.colonSpaceHelp(bytes, line: lines.firstLine + line + 1) { return help }
        }
        return nil
    }

    /// The two errors libyaml gives at the colon of a key longer than it takes (`LongImplicitKey`): "mapping values are not
    /// allowed", or, when the key stands where its mapping requires one, "could not find expected ':'". Said at the key.
    private func longKeyError(problem: String, context: String?) -> Diagnostic? {
        let p = parser.pointee
        guard problem == "mapping values are not allowed in this context"
                || (problem == "could not find expected ':'" && context == "while scanning a simple key"),
              let key = LongImplicitKey(line: lineBytes(p.problem_mark.line), colon: p.problem_mark.column)
        else { return nil }
        let at = SourceLocation(file: file, line: lines.firstLine + p.problem_mark.line + 1, column: key.column + 1)
        return YAMLDiagnostics.keyTooLong(length: key.length, at: at)
    }

    /// "could not find expected ':'" while scanning a simple key: a key at its mapping's column whose line is
    /// `key:value` (`KeyColonSlip`) is one plain text, and libyaml says so only on the next line. The error is moved to
    /// the slip, with the fix.
    private func keySlipError(problem: String, context: String?) -> Diagnostic? {
        let p = parser.pointee
        guard problem == "could not find expected ':'", context == "while scanning a simple key",
            let slip = KeyColonSlip(line: lineBytes(p.context_mark.line)), slip.keyColumn == p.context_mark.column
        else { return nil }
        let at = SourceLocation(file: file, line: lines.firstLine + p.context_mark.line + 1, column: slip.column + 1)
        return YAMLDiagnostics.syntaxError(problem: problem, context: context, contextLine: nil, help: YAMLDiagnostics.keyColonHelp(slip), at: at)
    }

    /// "mapping values are not allowed" on the line after a `key:value` slip (`KeyColonSlip`) that was a mapping's
    /// first key, so read as the text of the key above: moved to the slip, with the fix, as `keySlipError` does
    /// for a slip after the first key.
    private func valueSlipError(problem: String, context: String?) -> Diagnostic? {
        let p = parser.pointee
        let line = p.problem_mark.line - 1
        guard line >= 0, YAMLDiagnostics.bulletHelp(lineBytes(line), line: 1) == nil, let slip = KeyColonSlip(line: lineBytes(line)) else { return nil }
        let at = SourceLocation(file: file, line: lines.firstLine + line + 1, column: slip.column + 1)
        return YAMLDiagnostics.syntaxError(problem: problem, context: context, contextLine: nil, help: YAMLDiagnostics.keyColonHelp(slip), at: at)
    }

    /// "mapping values are not allowed" at the colon of a key one column deeper than the key above it (`KeyReadAsValue`):
    /// moved to the start of the key that slipped, with the column it goes at.
    private func keyReadAsValueError(problem: String, context: String?) -> Diagnostic? {
        let p = parser.pointee
        guard let slip = KeyReadAsValue.find(problemLine: p.problem_mark.line, problemColumn: p.problem_mark.column, line: lineBytes, exists: lineExists) else { return nil }
        let (line, aboveLine) = (lines.firstLine + slip.line + 1, lines.firstLine + slip.aboveLine + 1)
        let help = slip.aboveIsFirst
            ? YAMLDiagnostics.firstKeyHelp(line: aboveLine, column: slip.column, nextLine: line)
            : YAMLDiagnostics.keyPastSiblingHelp(line: line, column: slip.aboveColumn, aboveLine: aboveLine)
        let at = slip.aboveIsFirst
            ? SourceLocation(file: file, line: lines.firstLine + slip.aboveLine + 1, column: slip.aboveColumn)
            : SourceLocation(file: file, line: lines.firstLine + slip.line + 1, column: slip.column)
        return YAMLDiagnostics.syntaxError(problem: problem, context: context, contextLine: nil, help: help, at: at)
    }

    /// "did not find expected key" at a key one column short of the key just above it, the first of its mapping: that
    /// first key, one column too far, set the mapping's column, and the keys that follow it do not reach it. Moved to
    /// the first key, which is the one to move (`IndentedNeighbour` would have the following ones moved instead).
    private func firstKeyTooFarError(problem: String, context: String?, neighbour: IndentedNeighbour) -> Diagnostic? {
        let p = parser.pointee
        guard neighbour.kind == .key, let key = IndentedNeighbour.classify(lineBytes(p.problem_mark.line), at: p.problem_mark.line),
              key.kind == .key, neighbour.column == key.column + 1,
              KeyReadAsValue.previousContentLine(before: p.problem_mark.line, line: lineBytes) == neighbour.line,
              KeyReadAsValue.isFirstOfItsMapping(neighbour.line, column: neighbour.column, line: lineBytes),
              // When the key after goes back to the first key's column, the one that breaks out is the slip.
              !KeyReadAsValue.nextKey(after: p.problem_mark.line, isAt: neighbour.column, line: lineBytes, exists: lineExists)
        else { return nil }
        let help = YAMLDiagnostics.firstKeyHelp(line: lines.firstLine + neighbour.line + 1, column: key.column, nextLine: lines.firstLine + p.problem_mark.line + 1)
        let at = SourceLocation(file: file, line: lines.firstLine + neighbour.line + 1, column: neighbour.column)
        return YAMLDiagnostics.syntaxError(problem: problem, context: context, contextLine: lines.firstLine + p.context_mark.line + 1, help: help, at: at)
    }

    /// "did not find expected key" at a key one column deeper than the mapping's first key, with only comments between
    /// them (without one, the deeper line is read as the rest of the first key's value: `keyReadAsValueError`). That
    /// first key, one column short, set the mapping's column; when the key after the deeper one does not go back to
    /// it, the first key is the one to move, to the column of the keys that follow it.
    private func firstKeyShortError(problem: String, context: String?) -> Diagnostic? {
        let p = parser.pointee
        let (problemLine, first) = (p.problem_mark.line, p.context_mark.line)
        guard let key = IndentedNeighbour.classify(lineBytes(problemLine), at: problemLine), key.kind == .key,
              let firstKey = IndentedNeighbour.classify(lineBytes(first), at: first), firstKey.kind == .key,
              key.column == firstKey.column + 1, p.context_mark.column + 1 == firstKey.column,
              KeyReadAsValue.previousContentLine(before: problemLine, line: lineBytes) == first,
              KeyReadAsValue.isFirstOfItsMapping(first, column: firstKey.column, line: lineBytes),
              !KeyReadAsValue.nextKey(after: problemLine, isAt: firstKey.column, line: lineBytes, exists: lineExists)
        else { return nil }
        let help = YAMLDiagnostics.firstKeyHelp(line: lines.firstLine + first + 1, column: key.column, nextLine: lines.firstLine + problemLine + 1)
        let at = SourceLocation(file: file, line: lines.firstLine + first + 1, column: firstKey.column)
        return YAMLDiagnostics.syntaxError(problem: problem, context: context, contextLine: nil, help: help, at: at)
    }

    /// An error on the line where a quoted text that began on an earlier line closed: that text most likely ran on
    /// past where its author ended it (see `lastMultiLineQuote`). The error is moved to its opening quote.
    private func openQuoteError(problem: String, context: String?) -> Diagnostic? {
        let p = parser.pointee
        guard let quote = lastMultiLineQuote, p.problem_mark.line == quote.end.line, p.problem_mark.index >= quote.end.index else { return nil }
        // The opening line, after the opening quote: does it hold a typographic quote of the same kind?
        let opening = Array(String(decoding: lineBytes(quote.start.line), as: UTF8.self).unicodeScalars.dropFirst(quote.start.column + 1))
        let curlies: Set<Unicode.Scalar> = quote.single ? ["\u{2018}", "\u{2019}"] : ["\u{201C}", "\u{201D}"]
        let help = YAMLDiagnostics.openQuoteHelp(
            line: lines.firstLine + quote.start.line + 1, closingLine: lines.firstLine + quote.end.line + 1,
            curly: opening.contains(where: curlies.contains), single: quote.single)
        let contextLine = context == nil || p.context_mark.line == quote.start.line ? nil : lines.firstLine + p.context_mark.line + 1
        return YAMLDiagnostics.syntaxError(problem: problem, context: context, contextLine: contextLine, help: help, at: location(quote.start))
    }

    /// A no-break space in the indentation or after a colon of one of `candidates` (0-based lines), the first found.
    private func noBreakSpaceHelp(lines candidates: [Int]) -> LocalizedText? {
        for line in candidates {
            if let column = NoBreakSpaceSpot.column(in: lineBytes(line)) {
                return YAMLDiagnostics.noBreakSpaceHelp(line: lines.firstLine + line + 1, column: column + 1)
            }
        }
        return nil
    }

    /// Whether 0-based `line` is in the input.
    private func lineExists(_ line: Int) -> Bool {
        lines.lineStart(line) < lines.bytes.count
    }

    /// The bytes of 0-based `line`, without its break.
    private func lineBytes(_ line: Int) -> [UInt8] {
        let start = lines.byteOffset(line: line, column: 0)
        var end = start
        while end < lines.bytes.count, lines.bytes[end] != 0x0A, lines.bytes[end] != 0x0D { end += 1 }
        return Array(lines.bytes[start..<end])
    }

    /// Keeps `lastMultiLineQuote` up to date with the scalar event just read.
    private func noteQuote() {
        let scalar = event.pointee
        let style = scalar.data.scalar.style
        let quoted = style == YAML_SINGLE_QUOTED_SCALAR_STYLE || style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
        lastMultiLineQuote = quoted && scalar.start_mark.line != scalar.end_mark.line
            ? (scalar.start_mark, scalar.end_mark, style == YAML_SINGLE_QUOTED_SCALAR_STYLE) : nil
    }
}
