public import AperturaSource

/// What `YAMLDocumentStream` yields for each document: the document, if one could be built,
/// and the problems found in it.
///
/// `document` is nil after a fatal error (syntax error, a limit, bad encoding); such an item is
/// the last the stream yields. A document with non-fatal errors (a duplicate key, an unknown alias)
/// is still given, with those errors in `diagnostics`, and must then be treated as invalid.
public struct YAMLStreamItem: Sendable, Hashable {
    public var document: YAMLDocument?
    public var diagnostics: [Diagnostic]

    public init(document: YAMLDocument?, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
