public import AperturaSource

/// One document of a YAML stream.
public struct YAMLDocument: Sendable, Hashable {
    /// The document's root node; nil for an empty document (`---` followed by nothing).
    public var root: YAMLNode?
    /// The file name diagnostics and node locations use.
    public var file: String
    /// From the document's first character (or its `---`) to just past its end.
    public var range: SourceRange

    public init(root: YAMLNode?, file: String, range: SourceRange) {
        self.root = root
        self.file = file
        self.range = range
    }
}
