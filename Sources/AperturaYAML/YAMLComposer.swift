internal import CLibYAML
import AperturaSource

/// Builds node trees from libyaml's events, one document at a time.
///
/// The tree is built with an explicit stack of open collections, never by recursion, so no input
/// can overflow the call stack; the depth limit bounds the stack itself. Aliases become copies of
/// their anchored node (copy-on-write, so a copy costs a reference), and every alias adds its
/// anchor's node count and scalar bytes to per-stream totals that stop loading when they pass their limits.
final class YAMLComposer {
    private let file: String
    private let limits: YAMLLimits
    private let firstLine: Int
    private let reader: LibYAMLEventReader?
    /// A problem found before parsing, yielded once instead of any document.
    private var inputProblem: Diagnostic?
    private var finished = false
    /// Nodes expanded by aliases so far in this stream.
    private var expanded = 0
    /// Scalar bytes expanded by aliases so far in this stream.
    private var expandedBytes = 0
    /// The builder's stacks, kept between documents so each document does not grow them anew.
    private var spareStack: [YAMLDocumentBuilder.Frame] = []
    private let nodes = YAMLNodeBuffer()
    private var spareKeys: [(text: String, line: Int)] = []

    /// `checkWholeSize`: compare the whole input with `maxDocumentBytes` before parsing
    /// (`YAMLParser.parse`, which keeps all documents); a stream checks each document instead.
    /// `firstLine`: the 0-based line of the file on which `bytes` start (a document cut out of a stream).
    init(bytes: [UInt8], file: String, limits: YAMLLimits, checkWholeSize: Bool, firstLine: Int = 0) {
        self.firstLine = firstLine
        self.file = file
        self.limits = limits
        if let problem = YAMLInputCheck.problem(in: bytes, file: file, limits: limits, checkSize: checkWholeSize, firstLine: firstLine) {
            inputProblem = problem
            reader = nil
        } else {
            reader = LibYAMLEventReader(bytes: bytes, file: file, firstLine: firstLine)
        }
    }

    /// The next document with its diagnostics; nil at the end of the stream. After a fatal error,
    /// the item holds no document and is the last.
    func next() -> YAMLStreamItem? {
        if let problem = inputProblem {
            inputProblem = nil
            finished = true
            return YAMLStreamItem(document: nil, diagnostics: [problem])
        }
        guard !finished, let reader else { return nil }
        nodes.removeAll()
        var builder = YAMLDocumentBuilder(limits: limits, expanded: expanded, expandedBytes: expandedBytes, nodes: nodes)
        swap(&builder.stack, &spareStack)
        swap(&builder.keys, &spareKeys)
        defer {
            expanded = builder.expanded
            expandedBytes = builder.expandedBytes
            swap(&builder.stack, &spareStack)
            swap(&builder.keys, &spareKeys)
            spareStack.removeAll(keepingCapacity: true)
            spareKeys.removeAll(keepingCapacity: true)
        }
        var documentStart = SourceLocation(file: file, line: firstLine + 1, column: 1)
        var documentStartMark = yaml_mark_t()
        var documentStartByte = -1
        var inDocument = false

        while true {
            guard reader.advance() else { return fail(reader.errorDiagnostic(), &builder) }
            let event = reader.event.pointee
            if event.type == YAML_DOCUMENT_START_EVENT {
                documentStart = reader.location(event.start_mark)
                documentStartMark = event.start_mark
                documentStartByte = -1
                inDocument = true
            }
            // A document may not outgrow the size limit. mark.index counts characters, at most as many
            // as bytes, so the exact byte count is only worked out once characters reach a quarter of it.
            if inDocument && event.end_mark.index &- documentStartMark.index > limits.maxDocumentBytes / 4 {
                if documentStartByte < 0 { documentStartByte = reader.byteOffset(documentStartMark) }
                let size = reader.byteOffset(event.end_mark) - documentStartByte
                if size > limits.maxDocumentBytes {
                    let diagnostic = YAMLDiagnostics.tooLarge(size: size, limit: limits.maxDocumentBytes, at: documentStart)
                    return fail(diagnostic, &builder)
                }
            }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                // Straight from libyaml's buffer into the String's storage: one copy, no Foundation.
                let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
                builder.add(
                    scalarNode(value, event, reader), count: 1, bytes: data.length,
                    anchor: data.anchor.map { String(cString: $0) }, scalarText: value)
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                if let fatal = builder.open(
                    isMapping: true, start: reader.location(event.start_mark),
                    tag: data.tag.map { String(cString: $0) }, anchor: data.anchor.map { String(cString: $0) })
                {
                    return fail(fatal, &builder)
                }
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                if let fatal = builder.open(
                    isMapping: false, start: reader.location(event.start_mark),
                    tag: data.tag.map { String(cString: $0) }, anchor: data.anchor.map { String(cString: $0) })
                {
                    return fail(fatal, &builder)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                builder.close(end: reader.location(event.end_mark))
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                let range = SourceRange(start: reader.location(event.start_mark), end: reader.location(event.end_mark))
                if let fatal = builder.alias(name, range: range) {
                    return fail(fatal, &builder)
                }
            case YAML_DOCUMENT_END_EVENT:
                let range = SourceRange(start: documentStart, end: reader.location(event.end_mark))
                let root = builder.root.take()
                let document = YAMLDocument(root: Self.isEmptyDocumentRoot(root) ? nil : root, file: file, range: range)
                return YAMLStreamItem(document: document, diagnostics: builder.diagnostics)
            case YAML_STREAM_END_EVENT:
                finished = true
                return nil
            default:
                continue  // stream and document start
            }
        }
    }

    /// Ends the stream with a fatal error: the current document is dropped, its diagnostics kept.
    private func fail(_ diagnostic: Diagnostic, _ builder: inout YAMLDocumentBuilder) -> YAMLStreamItem {
        finished = true
        builder.diagnostics.append(diagnostic)
        return YAMLStreamItem(document: nil, diagnostics: builder.diagnostics)
    }

    /// libyaml gives an empty document (`---` and nothing else) an empty plain scalar as its root.
    private static func isEmptyDocumentRoot(_ node: YAMLNode?) -> Bool {
        guard let node, node.tag == nil, case .scalar(let scalar) = node.kind else { return false }
        return scalar.style == .plain && scalar.value.isEmpty
    }

    // Called for every scalar event: inlined, the call and the indirect return of a 112-byte node go,
    // about 3% of composing.
    @inline(__always)
    private func scalarNode(_ value: String, _ event: yaml_event_t, _ reader: LibYAMLEventReader) -> YAMLNode {
        let data = event.data.scalar
        let style: YAMLScalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let start = event.start_mark
        let end = event.end_mark
        var lineStarts: [YAMLScalar.LineStart] = []
        // libyaml starts a scalar at its properties (`&a`, `!tag`) when it has any.
        let hasProperties = data.tag != nil || data.anchor != nil
        if !hasProperties && start.line == end.line && (style == .singleQuoted || style == .doubleQuoted)
            && value.unicodeScalars.count == end.column - start.column - 2
        {
            // One line in quotes with no escape (an escape is longer than what it stands for): the value
            // starts one column after the node and maps one-to-one, no need to read the source.
            lineStarts = [YAMLScalar.LineStart(
                valueOffset: 0, location: SourceLocation(file: file, line: firstLine + start.line + 1, column: start.column + 2))]
        } else if hasProperties || style != .plain || start.line != end.line {
            // Plain one-line scalars map one-to-one onto the source from the node's start: nothing to
            // record. Blocks and multi-line scalars need their source text.
            let file = self.file
            lineStarts = reader.withLines { lines in
                ScalarLineStarts.compute(
                    value: value, style: style, hasProperties: hasProperties,
                    startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
                    lines: &lines, file: file)
            }
        }
        return YAMLNode(
            .scalar(YAMLScalar(value: value, style: style, lineStarts: lineStarts)),
            range: SourceRange(start: reader.location(start), end: reader.location(end)),
            tag: data.tag.map { String(cString: $0) })
    }
}
