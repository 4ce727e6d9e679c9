public import AperturaSource

/// Everything `YAMLParser` read from one input: the documents it could build and every problem found.
///
/// A caller must check `hasErrors` before using the documents: after a fatal error (syntax, a limit)
/// the documents read before it are kept, the rest of the stream is not read.
public struct YAMLParseResult: Sendable, Hashable {
    public var documents: [YAMLDocument]
    public var diagnostics: [Diagnostic]

    public init(documents: [YAMLDocument], diagnostics: [Diagnostic]) {
        self.documents = documents
        self.diagnostics = diagnostics
    }

    /// True when any diagnostic is an error: the input must then be treated as invalid.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
