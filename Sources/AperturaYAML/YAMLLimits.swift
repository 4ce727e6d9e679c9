public import AperturaSource

/// Bounds that keep a hostile or broken file from exhausting time, memory or the stack.
///
/// Every limit, when hit, stops loading with its own diagnostic code; nothing is truncated silently.
public struct YAMLLimits: Sendable, Hashable {
    /// The deepest nesting of mappings and sequences a document may have (`yaml_too_deep`).
    public var maxDepth: Int
    /// The most bytes a document may hold (`yaml_too_large`). `YAMLParser.parse` checks the whole
    /// input against it before parsing, since it keeps every document in memory; `YAMLDocumentStream`
    /// checks each document of the stream as it is read.
    public var maxDocumentBytes: Int
    /// The most nodes that aliases may expand to in one stream (`yaml_alias_limit`): each alias adds
    /// the number of nodes its anchor's subtree holds, so a "billion laughs" file stops after a few events.
    public var maxAliasExpansion: Int
    /// The most scalar bytes that aliases may expand to in one stream (`yaml_alias_limit` too): each alias adds
    /// the bytes of the scalars in its anchor's subtree. Counting nodes alone let 99 000 aliases of one 7 MiB
    /// string through, and readers scan every copy: minutes of work from a file within the size limit.
    /// The default equals the document limit, so reading expanded text costs at most what a largest file does.
    public var maxAliasExpansionBytes: Int

    public init(
        maxDepth: Int = 64, maxDocumentBytes: Int = 8 * 1024 * 1024, maxAliasExpansion: Int = 100_000,
        maxAliasExpansionBytes: Int = 8 * 1024 * 1024
    ) {
        self.maxDepth = maxDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.maxAliasExpansion = maxAliasExpansion
        self.maxAliasExpansionBytes = maxAliasExpansionBytes
    }

    /// The `yaml_too_large` error for a document of `size` bytes starting at `start`, or nil within the limit:
    /// for readers that know a document's size before reading it (a piece of a stream cut while read).
    public func documentTooLarge(size: Int, at start: SourceLocation) -> Diagnostic? {
        size > maxDocumentBytes ? YAMLDiagnostics.tooLarge(size: size, limit: maxDocumentBytes, at: start) : nil
    }

    /// Depth 64, 8 MiB per document, 100 000 alias-expanded nodes and 8 MiB of alias-expanded text per stream.
    public static let `default` = YAMLLimits()
}
