import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read a chunk at a time, or a piece at a time, for inputs too large to hold whole (a CSV table
/// or a YAML stream of any length).
/// A class: it owns the open descriptor, closed when the last reader lets go of it.
final class FileChunks {
    static let chunkSize = 1 << 20
    private let descriptor: Int32
    private(set) var failed = false

    /// Nil when the file cannot be opened (errno says why). A pipe is opened without waiting for a writer.
    init?(path: String) {
        descriptor = SystemPath.openFile(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    }

    deinit { close(descriptor) }

    /// A regular file, which ends: a pipe or a device may not (`/dev/zero`).
    var isRegularFile: Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Appends the next chunk to `buffer`; false at the end of the file or on a read error (`failed`).
    func append(to buffer: inout [UInt8]) -> Bool {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + start, Self.chunkSize) }
        } while n < 0 && errno == EINTR
        buffer.removeLast(Self.chunkSize - max(n, 0))
        if n < 0 { failed = true }
        return n > 0
    }

    /// Hands the rest of the file to `body` a chunk at a time, in one buffer reused (nothing kept, nothing zeroed),
    /// up to its end, a read error (`failed`) or `limit` bytes; true when it stopped at the limit.
    func scanRest(limit: Int?, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        var scanned = 0
        while true {
            if let limit, scanned >= limit { return true }
            let n = read(descriptor, buffer.baseAddress!, Self.chunkSize)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failed = true }
            if n <= 0 { return false }
            body(UnsafeBufferPointer(rebasing: buffer[..<n]))
            scanned += n
        }
    }

    /// The bytes of `range` (fewer when the file has shrunk since); nil on a read error.
    func bytes(in range: Range<Int>) -> [UInt8]? {
        var failedRead = false
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = pread(descriptor, buffer.baseAddress! + count, buffer.count - count, off_t(range.lowerBound + count))
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failedRead = true }
                if n <= 0 { break }
                count += n
            }
        }
        return failedRead ? nil : bytes
    }
}
