internal import CLibYAML
import AperturaSource

/// Builds node trees from libyaml's events, one document at a time.
///
/// The tree is built with an explicit stack of open collections, never by recursion, so no input
/// can overflow the call stack; the depth limit bounds the stack itself. Aliases become copies of
/// their anchored node (copy-on-write, so a copy costs a reference), and every alias adds its
/// anchor's node count to a per-stream total that stops loading when it passes the limit.
final class YAMLComposer {
    /// A mapping or sequence whose end event has not come yet.
    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Nodes in this subtree, itself included, counting alias copies in full.
        var nodeCount = 1
        /// Key text to pair index, built only once a mapping is large enough that scanning is slow.
        var keyIndex: [String: Int]?
    }

    /// Mappings with fewer pairs than this find duplicate keys by scanning, which beats hashing.
    private static let scanLimit = 16

    private let file: String
    private let limits: YAMLLimits
    private let reader: LibYAMLEventReader?
    /// A problem found before parsing, yielded once instead of any document.
    private var inputProblem: Diagnostic?
    private var finished = false
    /// Nodes expanded by aliases so far in this stream.
    private var expanded = 0
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    private var diagnostics: [Diagnostic] = []
    private var root: YAMLNode?

    /// `checkWholeSize`: compare the whole input with `maxDocumentBytes` before parsing
    /// (`YAMLParser.parse`, which keeps all documents); a stream checks each document instead.
    init(bytes: [UInt8], file: String, limits: YAMLLimits, checkWholeSize: Bool) {
        self.file = file
        self.limits = limits
        if let problem = YAMLInputCheck.problem(in: bytes, file: file, limits: limits, checkSize: checkWholeSize) {
            inputProblem = problem
            reader = nil
        } else {
            reader = LibYAMLEventReader(bytes: bytes, file: file)
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
        stack.removeAll(keepingCapacity: true)
        anchors.removeAll(keepingCapacity: true)
        diagnostics = []
        root = nil
        var documentStart = SourceLocation(file: file, line: 1, column: 1)
        var documentStartMark = yaml_mark_t()
        var documentStartByte = -1

        while true {
            guard reader.advance() else { return fail(reader.errorDiagnostic()) }
            let event = reader.event.pointee
            // A document may not outgrow the size limit. mark.index counts characters, at most as many
            // as bytes, so the exact byte count is only worked out once characters reach a quarter of it.
            if event.end_mark.index - documentStartMark.index > limits.maxDocumentBytes / 4 {
                if documentStartByte < 0 { documentStartByte = reader.byteOffset(documentStartMark) }
                let size = reader.byteOffset(event.end_mark) - documentStartByte
                if size > limits.maxDocumentBytes {
                    return fail(YAMLDiagnostics.tooLarge(size: size, limit: limits.maxDocumentBytes, at: documentStart))
                }
            }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let node = scalarNode(event, reader)
                if let fatal = attach(node, count: 1, anchor: event.data.scalar.anchor.map { String(cString: $0) }) {
                    return fail(fatal)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let start = reader.location(event.start_mark)
                if stack.count >= limits.maxDepth {
                    return fail(YAMLDiagnostics.tooDeep(limit: limits.maxDepth, at: start))
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                stack.append(Frame(
                    isMapping: isMapping, start: start,
                    tag: tag.map { String(cString: $0) }, anchor: anchor.map { String(cString: $0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let range = SourceRange(start: frame.start, end: reader.location(event.end_mark))
                let node = YAMLNode(
                    frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), range: range, tag: frame.tag)
                if let fatal = attach(node, count: frame.nodeCount, anchor: frame.anchor) {
                    return fail(fatal)
                }
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                let range = SourceRange(start: reader.location(event.start_mark), end: reader.location(event.end_mark))
                guard let target = anchors[name] else {
                    return fail(YAMLDiagnostics.unknownAlias(name, at: range))
                }
                let (sum, overflow) = expanded.addingReportingOverflow(target.count)
                expanded = overflow ? Int.max : sum
                if expanded > limits.maxAliasExpansion {
                    return fail(YAMLDiagnostics.aliasLimit(limit: limits.maxAliasExpansion, at: range))
                }
                if let fatal = attach(target.node, count: target.count, anchor: nil) {
                    return fail(fatal)
                }
            case YAML_DOCUMENT_START_EVENT:
                documentStart = reader.location(event.start_mark)
                documentStartMark = event.start_mark
                documentStartByte = -1
            case YAML_DOCUMENT_END_EVENT:
                let range = SourceRange(start: documentStart, end: reader.location(event.end_mark))
                let document = YAMLDocument(root: Self.isEmptyDocumentRoot(root) ? nil : root, file: file, range: range)
                let item = YAMLStreamItem(document: document, diagnostics: diagnostics)
                diagnostics = []
                root = nil
                return item
            case YAML_STREAM_END_EVENT:
                finished = true
                return nil
            default:
                continue  // stream start, no-op events
            }
        }
    }

    /// Ends the stream with a fatal error: the current document is dropped, its diagnostics kept.
    private func fail(_ diagnostic: Diagnostic) -> YAMLStreamItem {
        finished = true
        diagnostics.append(diagnostic)
        let item = YAMLStreamItem(document: nil, diagnostics: diagnostics)
        diagnostics = []
        stack.removeAll()
        anchors.removeAll()
        return item
    }

    /// libyaml gives an empty document (`---` and nothing else) an empty plain scalar as its root.
    private static func isEmptyDocumentRoot(_ node: YAMLNode?) -> Bool {
        guard let node, node.tag == nil, case .scalar(let scalar) = node.kind else { return false }
        return scalar.style == .plain && scalar.value.isEmpty
    }

    private func scalarNode(_ event: yaml_event_t, _ reader: LibYAMLEventReader) -> YAMLNode {
        let data = event.data.scalar
        // Straight from libyaml's buffer into the String's storage: one copy, no Foundation.
        let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
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
        // Plain one-line scalars map one-to-one onto the source from the node's start: nothing to record.
        if style != .plain || start.line != end.line {
            let file = self.file
            lineStarts = reader.withLines { lines in
                ScalarLineStarts.compute(
                    value: value, style: style,
                    startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
                    lines: &lines, file: file)
            }
        }
        return YAMLNode(
            .scalar(YAMLScalar(value: value, style: style, lineStarts: lineStarts)),
            range: SourceRange(start: reader.location(start), end: reader.location(end)),
            tag: data.tag.map { String(cString: $0) })
    }

    /// Adds a finished node to the open collection (or makes it the root), records its anchor and
    /// checks mapping keys for duplicates. Returns a fatal diagnostic, if any.
    private func attach(_ node: YAMLNode, count: Int, anchor: String?) -> Diagnostic? {
        if let anchor { anchors[anchor] = (node, count) }
        guard !stack.isEmpty else {
            root = node
            return nil
        }
        let top = stack.count - 1
        let (sum, overflow) = stack[top].nodeCount.addingReportingOverflow(count)
        stack[top].nodeCount = overflow ? Int.max : sum
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            if let first = Self.earlierKey(matching: node, in: &stack[top]) {
                let text = node.scalar?.value ?? ""
                diagnostics.append(YAMLDiagnostics.duplicateKey(text, firstLine: first.range.start.line, at: node.range))
            }
            stack[top].pendingKey = node
        }
        return nil
    }

    /// The earlier key of the mapping with the same text as `key`, for scalar keys. Keys compare by
    /// text whatever their style: `kind` and `"kind"` name the same field for the schema.
    private static func earlierKey(matching key: YAMLNode, in frame: inout Frame) -> YAMLNode? {
        guard case .scalar(let scalar) = key.kind else { return nil }
        if frame.keyIndex == nil && frame.pairs.count < scanLimit {
            for pair in frame.pairs {
                if case .scalar(let other) = pair.key.kind, other.value == scalar.value { return pair.key }
            }
            return nil
        }
        if frame.keyIndex == nil {
            var index: [String: Int] = [:]
            for (position, pair) in frame.pairs.enumerated() {
                if case .scalar(let other) = pair.key.kind, index[other.value] == nil { index[other.value] = position }
            }
            frame.keyIndex = index
        }
        if let position = frame.keyIndex?[scalar.value] { return frame.pairs[position].key }
        frame.keyIndex?[scalar.value] = frame.pairs.count
        return nil
    }
}
