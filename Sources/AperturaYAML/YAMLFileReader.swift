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
        // Opened without waiting: a named pipe that nobody writes (one found in a folder of rules, say) would
        // otherwise block here for ever. Reads then wait as usual, and such a pipe reads as empty at once.
        let descriptor = SystemPath.openFile(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: path, errorCode: errno)))
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return read(descriptor: descriptor, name: path, limit: limit)
    }

    /// What standard input holds, from where it stands to its end, named `name` in diagnostics.
    static func readStandardInput(name: String, limit: Int?) -> Result<[UInt8], FileReadError> {
        // A copy, closed when read: the process's own standard input stays open.
        let descriptor = dup(STDIN_FILENO)
        guard descriptor >= 0 else {
            return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: name, errorCode: errno)))
        }
        return read(descriptor: descriptor, name: name, limit: limit)
    }

    /// Reads `descriptor` to its end and closes it.
    private static func read(descriptor: Int32, name path: String, limit: Int?) -> Result<[UInt8], FileReadError> {
        guard let handle = fdopen(descriptor, "rb") else {
            let code = errno
            close(descriptor)
            return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: path, errorCode: code)))
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        let start = SourceLocation(file: path, line: 1, column: 1)
        // A regular file is sized (and refused when too large) before reading; a directory is not a file;
        // anything else (a pipe) is read until EOF, or until it has given more than `limit`: an endless one
        // (`yes | apertura validate -`) is refused as soon as it is too large, not read for ever.
        var status = stat()
        if fstat(fileno(handle), &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR {
                return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: path, errorCode: EISDIR)))
            }
            if status.st_mode & S_IFMT == S_IFREG {
                let size = Int(status.st_size)
                if let limit, size > limit {
                    return .failure(FileReadError(YAMLDiagnostics.tooLarge(size: size, limit: limit, at: start)))
                }
                bytes.reserveCapacity(size)
            }
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            if let limit, bytes.count > limit {
                // The whole size of what is still unread is not known: said as over the limit.
                return .failure(FileReadError(YAMLDiagnostics.tooLarge(size: nil, limit: limit, at: start)))
            }
            if read < chunk.count {
                if ferror(handle) != 0 {
                    return .failure(FileReadError(YAMLDiagnostics.fileUnreadable(path: path, errorCode: errno)))
                }
                break
            }
        }
        return .success(bytes)
    }
}

/// A file-reading failure, already worded as a diagnostic.
struct FileReadError: Error {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
