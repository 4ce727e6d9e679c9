import AperturaSource

/// Loads YAML text into node trees with positions, on top of libyaml's event parser.
///
/// The loader resolves no types: scalars stay strings with their style, for the schema to read.
/// It never stops silently and never traps on hostile input: every problem is a `Diagnostic`
/// (codes in `YAMLDiagnosticCode`), and `YAMLLimits` bound depth, size and alias expansion.
public enum YAMLParser {
    /// Parses every document of `bytes`. `file` names the input in locations and diagnostics.
    ///
    /// The whole input is checked against `limits.maxDocumentBytes` before parsing, and for valid
    /// UTF-8. After a fatal error the documents read before it are returned with the diagnostics.
    public static func parse(_ bytes: [UInt8], file: String, limits: YAMLLimits = .default) -> YAMLParseResult {
        var documents: [YAMLDocument] = []
        let diagnostics = forEachDocument(in: bytes, file: file, limits: limits) { documents.append($0) }
        return YAMLParseResult(documents: documents, diagnostics: diagnostics)
    }

    /// `parse`, handing each document to `body` as soon as it is built instead of keeping them all: a
    /// stream of many documents holds one tree at a time. The same checks, the same documents in the same
    /// order, and the same diagnostics, returned at the end.
    public static func forEachDocument(
        in bytes: [UInt8], file: String, limits: YAMLLimits = .default, _ body: (YAMLDocument) -> Void
    ) -> [Diagnostic] {
        let composer = YAMLComposer(bytes: bytes, file: file, limits: limits, checkWholeSize: true)
        var diagnostics: [Diagnostic] = []
        while let item = composer.next() {
            if let document = item.document { body(document) }
            diagnostics.append(contentsOf: item.diagnostics)
        }
        return diagnostics
    }

    /// The first document of `input`, as `parse` would give it first (nil when the input is unreadable, over the
    /// size limit, or fails before its first document ends), without building the documents after it.
    public static func firstDocument(in input: SourceInput, limits: YAMLLimits = .default) -> YAMLDocument? {
        guard case .success(let bytes) = input.bytes(limit: limits.maxDocumentBytes) else { return nil }
        return YAMLComposer(bytes: bytes, file: input.name, limits: limits, checkWholeSize: true).next()?.document
    }

    /// `firstDocument(in:)` of the file at `path`.
    public static func firstDocument(inFile path: String, limits: YAMLLimits = .default) -> YAMLDocument? {
        firstDocument(in: SourceInput(path), limits: limits)
    }

    /// `parse` of `input`, handing each document to `body` as `forEachDocument(in:file:)` does. An unreadable
    /// input gives one `file_unreadable` diagnostic; one over the size limit is refused before parsing.
    public static func forEachDocument(
        in input: SourceInput, limits: YAMLLimits = .default, _ body: (YAMLDocument) -> Void
    ) -> [Diagnostic] {
        switch input.bytes(limit: limits.maxDocumentBytes) {
        case .success(let bytes):
            return forEachDocument(in: bytes, file: input.name, limits: limits, body)
        case .failure(let error):
            return [error.diagnostic]
        }
    }

    /// `forEachDocument(in:)` of the file at `path`.
    public static func forEachDocument(
        inFile path: String, limits: YAMLLimits = .default, _ body: (YAMLDocument) -> Void
    ) -> [Diagnostic] {
        forEachDocument(in: SourceInput(path), limits: limits, body)
    }

    /// Reads and parses the file at `path`, which also names it in diagnostics. An unreadable file
    /// gives one `file_unreadable` diagnostic; a file over the size limit is refused before reading.
    public static func parseFile(atPath path: String, limits: YAMLLimits = .default) -> YAMLParseResult {
        switch YAMLFileReader.read(atPath: path, limit: limits.maxDocumentBytes) {
        case .success(let bytes):
            return parse(bytes, file: path, limits: limits)
        case .failure(let error):
            return YAMLParseResult(documents: [], diagnostics: [error.diagnostic])
        }
    }
}
