import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        switch readFile(atPath: path, limit: limits.maxDocumentBytes) {
        case .success(let bytes):
            return parse(bytes, file: path, limits: limits)
        case .failure(let error):
            return YAMLParseResult(documents: [], diagnostics: [error.diagnostic])
        }
    }

    /// The bytes of a file, with stdio rather than Foundation so the library stays light.
    /// `limit`: a larger file is refused from its size alone (nil for no limit).
    static func readFile(atPath path: String, limit: Int?) -> Result<[UInt8], FileReadError> {
        guard let handle = fopen(path, "rb") else {
            return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: path, reason: systemError())))
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        // Sized from fseek/ftell when the file is seekable; read on until EOF regardless.
        if fseek(handle, 0, SEEK_END) == 0 {
            let size = ftell(handle)
            if size > 0 {
                if let limit, size > limit {
                    let start = SourceLocation(file: path, line: 1, column: 1)
                    return .failure(FileReadError(YAMLDiagnostics.tooLarge(size: size, limit: limit, at: start)))
                }
                bytes.reserveCapacity(size)
            }
            if fseek(handle, 0, SEEK_SET) != 0 {
                return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: path, reason: systemError())))
            }
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            if read < chunk.count {
                if ferror(handle) != 0 {
                    return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: path, reason: systemError())))
                }
                break
            }
            if let limit, bytes.count > limit {
                let start = SourceLocation(file: path, line: 1, column: 1)
                return .failure(FileReadError(YAMLDiagnostics.tooLarge(size: bytes.count, limit: limit, at: start)))
            }
        }
        return .success(bytes)
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}

/// A file-reading failure, already worded as a diagnostic.
struct FileReadError: Error {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
