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
        let composer = YAMLComposer(bytes: bytes, file: file, limits: limits, checkWholeSize: true)
        var documents: [YAMLDocument] = []
        var diagnostics: [Diagnostic] = []
        while let item = composer.next() {
            if let document = item.document { documents.append(document) }
            diagnostics.append(contentsOf: item.diagnostics)
        }
        return YAMLParseResult(documents: documents, diagnostics: diagnostics)
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
