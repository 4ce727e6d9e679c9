import AperturaSource

/// The state of one document being built: the stack of open collections, the anchors seen so far
/// and the problems found.
///
/// A struct kept in a local variable of `YAMLComposer.next()`, so that the many small mutations per
/// event happen in place, without the dynamic exclusivity checks a class property would need.
struct YAMLDocumentBuilder {
    /// A mapping or sequence whose end event has not come yet. Its children so far are the tail of
    /// `nodes` from `base` on (for a mapping: key, value, key, value...).
    struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        var base: Int
        /// Where this mapping's keys start in the builder's `keys`.
        var keyBase: Int
        /// Key text to line, built only once a mapping is large enough that scanning is slow.
        var keyIndex: [String: Int]?
        /// Nodes in this subtree, itself included, counting alias copies in full.
        var nodeCount = 1
        /// Bytes of the scalars in this subtree, counting alias copies in full.
        var scalarBytes = 0
    }

    struct Anchor {
        var node: YAMLNode
        var count: Int
        var bytes: Int
    }

    /// Mappings with fewer keys than this find duplicates by scanning, which beats hashing.
    private static let scanLimit = 16

    let limits: YAMLLimits
    /// The children of the open collections (shared, reused between documents).
    let nodes: YAMLNodeBuffer
    var stack: [Frame] = []
    var anchors: [String: Anchor] = [:]
    var diagnostics: [Diagnostic] = []
    var root: YAMLNode?
    /// The text and line of the scalar keys of every open mapping, innermost last: collections nest,
    /// so one shared stack serves them all (a mapping's keys are dropped when it closes), and key
    /// lookups never copy a node.
    var keys: [(text: String, line: Int)] = []
    /// Nodes expanded by aliases so far in the stream (carried from document to document).
    var expanded: Int
    /// Scalar bytes expanded by aliases so far in the stream: a few aliases of one long string cost no
    /// nodes but every reader scans each copy in full.
    var expandedBytes: Int

    init(limits: YAMLLimits, expanded: Int, expandedBytes: Int, nodes: YAMLNodeBuffer) {
        self.limits = limits
        self.nodes = nodes
        self.expanded = expanded
        self.expandedBytes = expandedBytes
    }

    /// Opens a collection; a `yaml_too_deep` diagnostic when it would pass the depth limit.
    mutating func open(isMapping: Bool, start: SourceLocation, tag: String?, anchor: String?) -> Diagnostic? {
        if stack.count >= limits.maxDepth {
            return YAMLDiagnostics.tooDeep(limit: limits.maxDepth, at: start)
        }
        stack.append(Frame(
            isMapping: isMapping, start: start, tag: tag, anchor: anchor, base: nodes.count, keyBase: keys.count))
        return nil
    }

    /// Closes the innermost collection at `end` and adds it to its parent.
    mutating func close(end: SourceLocation) {
        guard let frame = stack.popLast() else { return }
        if keys.count > frame.keyBase { keys.removeSubrange(frame.keyBase...) }
        let kind: YAMLNode.Kind =
            frame.isMapping ? .mapping(nodes.takePairs(from: frame.base)) : .sequence(nodes.takeNodes(from: frame.base))
        add(YAMLNode(kind, range: SourceRange(start: frame.start, end: end), tag: frame.tag),
            count: frame.nodeCount, bytes: frame.scalarBytes, anchor: frame.anchor)
    }

    /// Adds a copy of the node anchored as `name`; a diagnostic when the anchor is unknown or the
    /// stream's alias budget runs out (both end the stream).
    mutating func alias(_ name: String, range: SourceRange) -> Diagnostic? {
        guard let target = anchors[name] else {
            return YAMLDiagnostics.unknownAlias(name, at: range)
        }
        expanded = Self.saturatingSum(expanded, target.count)
        if expanded > limits.maxAliasExpansion {
            return YAMLDiagnostics.aliasLimit(limit: limits.maxAliasExpansion, at: range)
        }
        expandedBytes = Self.saturatingSum(expandedBytes, target.bytes)
        if expandedBytes > limits.maxAliasExpansionBytes {
            return YAMLDiagnostics.aliasByteLimit(size: expandedBytes, limit: limits.maxAliasExpansionBytes, at: range)
        }
        add(target.node, count: target.count, bytes: target.bytes, anchor: nil)
        return nil
    }

    private static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    /// Adds a finished node to the open collection (or makes it the root), records its anchor and
    /// checks mapping keys for duplicates. `bytes`: the bytes of the scalars in its subtree.
    mutating func add(_ node: consuming YAMLNode, count: Int, bytes: Int, anchor: String?) {
        add(node, count: count, bytes: bytes, anchor: anchor, scalarText: nil)
    }

    /// `add` for a scalar whose text the caller already holds, so checking keys needs no copy of the node.
    mutating func add(_ node: consuming YAMLNode, count: Int, bytes: Int, anchor: String?, scalarText: String?) {
        if let anchor { anchors[anchor] = Anchor(node: copy node, count: count, bytes: bytes) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].nodeCount = Self.saturatingSum(stack[top].nodeCount, count)
        stack[top].scalarBytes = Self.saturatingSum(stack[top].scalarBytes, bytes)
        // In a mapping, an even number of children so far means this node is a key.
        if stack[top].isMapping && (nodes.count - stack[top].base) % 2 == 0 {
            if let text = scalarText ?? node.scalar?.value {
                if let firstLine = recordKey(text, line: node.range.start.line, top: top) {
                    diagnostics.append(YAMLDiagnostics.duplicateKey(text, firstLine: firstLine, at: node.range))
                }
            }
        }
        nodes.push(node)
    }

    /// Records a scalar key of the innermost mapping; the line of an earlier key with the same text,
    /// if any. Keys compare by text whatever their style: `kind` and `"kind"` name the same field for
    /// the schema. Small mappings scan their keys; large ones switch to a dictionary.
    private mutating func recordKey(_ text: String, line: Int, top: Int) -> Int? {
        if stack[top].keyIndex == nil {
            let base = stack[top].keyBase
            if keys.count - base < Self.scanLimit {
                var i = base
                while i < keys.count {
                    if keys[i].text == text { return keys[i].line }
                    i += 1
                }
                keys.append((text, line))
                return nil
            }
            var index: [String: Int] = [:]
            index.reserveCapacity((keys.count - base) * 2)
            for key in keys[base...] where index[key.text] == nil { index[key.text] = key.line }
            keys.removeSubrange(base...)
            stack[top].keyIndex = index
        }
        if let first = stack[top].keyIndex?[text] { return first }
        stack[top].keyIndex?[text] = line
        return nil
    }
}
