import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files for `YAMLParser.parseFile` and `YAMLDocumentStream(contentsOfFile:)`.
enum YAMLFileReader {
    /// The bytes of a file, with stdio rather than Foundation so the library stays light.
    /// `limit`: a larger file is refused from its size alone (nil for no limit).
    static func read(atPath path: String, limit: Int?) -> Result<[UInt8], FileReadError> {
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
