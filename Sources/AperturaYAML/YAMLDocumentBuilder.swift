import AperturaSource

/// The state of one document being built: the stack of open collections, the anchors seen so far
/// and the problems found.
///
/// A struct kept in a local variable of `YAMLComposer.next()`, so that the many small mutations per
/// event happen in place, without the dynamic exclusivity checks a class property would need.
struct YAMLDocumentBuilder {
    /// A mapping or sequence whose end event has not come yet.
    struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Text and line of each scalar key so far, for finding duplicates without copying nodes.
        var keys: [(text: String, line: Int)] = []
        /// Key text to line, built only once a mapping is large enough that scanning is slow.
        var keyIndex: [String: Int]?
        /// Nodes in this subtree, itself included, counting alias copies in full.
        var nodeCount = 1

        init(isMapping: Bool, start: SourceLocation, tag: String?, anchor: String?) {
            self.isMapping = isMapping
            self.start = start
            self.tag = tag
            self.anchor = anchor
        }
    }

    struct Anchor {
        var node: YAMLNode
        var count: Int
    }

    /// Mappings with fewer keys than this find duplicates by scanning, which beats hashing.
    private static let scanLimit = 16
    /// Most mappings and sequences in rule and assessment files hold a handful of entries.
    private static let initialCapacity = 4

    let limits: YAMLLimits
    var stack: [Frame] = []
    var anchors: [String: Anchor] = [:]
    var diagnostics: [Diagnostic] = []
    var root: YAMLNode?
    /// Nodes expanded by aliases so far in the stream (carried from document to document).
    var expanded: Int

    init(limits: YAMLLimits, expanded: Int) {
        self.limits = limits
        self.expanded = expanded
    }

    /// Opens a collection; a `yaml_too_deep` diagnostic when it would pass the depth limit.
    mutating func open(isMapping: Bool, start: SourceLocation, tag: String?, anchor: String?) -> Diagnostic? {
        if stack.count >= limits.maxDepth {
            return YAMLDiagnostics.tooDeep(limit: limits.maxDepth, at: start)
        }
        stack.append(Frame(isMapping: isMapping, start: start, tag: tag, anchor: anchor))
        return nil
    }

    /// Closes the innermost collection at `end` and adds it to its parent.
    mutating func close(end: SourceLocation) {
        guard var frame = stack.popLast() else { return }
        let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        frame.pairs = []
        frame.items = []
        add(YAMLNode(kind, range: SourceRange(start: frame.start, end: end), tag: frame.tag),
            count: frame.nodeCount, anchor: frame.anchor)
    }

    /// Adds a copy of the node anchored as `name`; a diagnostic when the anchor is unknown or the
    /// stream's alias budget runs out (both end the stream).
    mutating func alias(_ name: String, range: SourceRange) -> Diagnostic? {
        guard let target = anchors[name] else {
            return YAMLDiagnostics.unknownAlias(name, at: range)
        }
        let (sum, overflow) = expanded.addingReportingOverflow(target.count)
        expanded = overflow ? Int.max : sum
        if expanded > limits.maxAliasExpansion {
            return YAMLDiagnostics.aliasLimit(limit: limits.maxAliasExpansion, at: range)
        }
        add(target.node, count: target.count, anchor: nil)
        return nil
    }

    /// Adds a finished node to the open collection (or makes it the root), records its anchor and
    /// checks mapping keys for duplicates.
    mutating func add(_ node: consuming YAMLNode, count: Int, anchor: String?) {
        if let anchor { anchors[anchor] = Anchor(node: copy node, count: count) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        let (sum, overflow) = stack[top].nodeCount.addingReportingOverflow(count)
        stack[top].nodeCount = overflow ? Int.max : sum
        if !stack[top].isMapping {
            // A few slots at once: growing 1, 2, 4 would move these wide values three times.
            if stack[top].items.isEmpty { stack[top].items.reserveCapacity(Self.initialCapacity) }
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey.take() {
            if stack[top].pairs.isEmpty { stack[top].pairs.reserveCapacity(Self.initialCapacity) }
            stack[top].pairs.append(YAMLPair(key: key, value: node))
        } else {
            if case .scalar(let scalar) = node.kind {
                let line = node.range.start.line
                if let firstLine = Self.recordKey(scalar.value, line: line, in: &stack[top]) {
                    diagnostics.append(YAMLDiagnostics.duplicateKey(scalar.value, firstLine: firstLine, at: node.range))
                }
            }
            stack[top].pendingKey = node
        }
    }

    /// Records a scalar key; the line of an earlier key with the same text, if any. Keys compare by
    /// text whatever their style: `kind` and `"kind"` name the same field for the schema.
    private static func recordKey(_ text: String, line: Int, in frame: inout Frame) -> Int? {
        if frame.keyIndex == nil {
            for key in frame.keys where key.text == text { return key.line }
            frame.keys.append((text, line))
            if frame.keys.count >= scanLimit {
                var index: [String: Int] = [:]
                for key in frame.keys where index[key.text] == nil { index[key.text] = key.line }
                frame.keyIndex = index
                frame.keys = []
            }
            return nil
        }
        if let first = frame.keyIndex?[text] { return first }
        frame.keyIndex?[text] = line
        return nil
    }
}
