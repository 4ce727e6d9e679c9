import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a small input file in one `read` into an array of exactly its size (the batch's hot path:
/// thousands of files of a few KiB, where a general reader's chunk buffer costs more than the read).
public enum InputFileReader {
    public static func bytes(atPath path: String) -> Result<[UInt8], BatchFailure> {
        let fd = SystemPath.openFile(path, O_RDONLY)
        guard fd >= 0 else { return .failure(unreadable(path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(unreadable(path)) }
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n <= 0 { break }
                count += n
            }
        }
        // A file that grew while being read: read on to its end.
        var probe: UInt8 = 0
        while true {
            let n = read(fd, &probe, 1)
            if n < 0 { return .failure(unreadable(path)) }
            if n == 0 { break }
            bytes.append(probe)
        }
        return .success(bytes)
    }

    static func unreadable(_ path: String) -> BatchFailure {
        let reason = String(cString: strerror(errno))
        return BatchFailure(file: path, line: 1, diagnostics: [
            .error("file_unreadable", LocalizedText(es: "no se puede leer el archivo \(path): \(reason)", en: "cannot read file \(path): \(reason)"),
                   at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1))),
        ])
    }
}
