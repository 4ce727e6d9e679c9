public import AperturaSource

/// A node of a loaded YAML document. Every node knows where it stands in its file.
///
/// Scalars keep their text as written (after YAML's own unescaping and folding) and their style;
/// no type is guessed from how a scalar looks: the schema that reads the node decides.
public struct YAMLNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case scalar(YAMLScalar)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    public var range: SourceRange
    /// The explicit tag, if the document wrote one (`!!str`, `!custom`), resolved to its full form.
    public var tag: String?

    public init(_ kind: Kind, range: SourceRange, tag: String? = nil) {
        self.kind = kind
        self.range = range
        self.tag = tag
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value of the first pair whose key is the plain text `key`.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first(where: { $0.key.scalar?.value == key })?.value
    }
}

/// A key and its value in a mapping, both nodes (so both have ranges).
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
