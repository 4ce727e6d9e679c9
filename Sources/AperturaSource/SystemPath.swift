#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes to hand the system for a path held as a Swift string.
///
/// A file name need not be UTF-8 (a zip made on Windows names `Educación.yaml` in its own code page), and
/// a Swift string cannot hold such bytes: read from a folder listing or the command line, they become
/// U+FFFD, and the file could no longer be opened by that name. For a path holding U+FFFD, each such part
/// is looked up in its folder's listing and replaced by the one name there that reads as it.
public enum SystemPath {
    /// Calls `body` with the path's bytes, NUL-terminated, for `open`, `stat` or `opendir`.
    public static func withBytes<R>(_ path: String, _ body: (UnsafePointer<CChar>) -> R) -> R {
        // U+FFFD is EF BF BD in UTF-8: most paths are passed on as they are after one scan for EF.
        guard path.utf8.contains(0xEF), path.unicodeScalars.contains("\u{FFFD}") else { return path.withCString(body) }
        return resolved(path).withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// `open(2)` by `path`'s system bytes.
    public static func openFile(_ path: String, _ flags: Int32) -> Int32 {
        withBytes(path) { open($0, flags) }
    }

    /// `realpath(3)`: the absolute path with links and `.`/`..` resolved; nil when a part of it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = withBytes(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `stat(2)` by `path`'s system bytes; nil when it fails (errno says why).
    public static func status(_ path: String) -> stat? {
        var info = stat()
        return withBytes(path) { stat($0, &info) } == 0 ? info : nil
    }

    /// `path` with each part that holds U+FFFD replaced by the listed name that reads as it.
    private static func resolved(_ path: String) -> [CChar] {
        var resolved: [UInt8] = []
        for (index, part) in path.split(separator: "/", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { resolved.append(UInt8(ascii: "/")) }
            let folder = index == 0 ? [] : resolved
            resolved += part.unicodeScalars.contains("\u{FFFD}") ? (listedName(reading: String(part), in: folder) ?? Array(part.utf8)) : Array(part.utf8)
        }
        return resolved.map { CChar(bitPattern: $0) } + [0]
    }

    /// The bytes of the one entry of `folder` (empty for the current one) whose name, read as UTF-8 with
    /// replacement, is `name`; nil when none or several are.
    private static func listedName(reading name: String, in folder: [UInt8]) -> [UInt8]? {
        let path = (folder.isEmpty ? Array(".".utf8) : folder).map { CChar(bitPattern: $0) } + [0]
        guard let handle = path.withUnsafeBufferPointer({ opendir($0.baseAddress!) }) else { return nil }
        defer { closedir(handle) }
        var found: [UInt8]?
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(name.utf8) else { continue }
            if found != nil { return nil }
            found = bytes
        }
        return found
    }
}
