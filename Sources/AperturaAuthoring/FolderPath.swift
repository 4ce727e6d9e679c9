import AperturaSource
import Foundation

/// Walking up folders given as the user typed them (relative paths stay relative in messages).
enum FolderPath {
    /// The folder above `path`, or nil at the file system's root. `"."` goes up to `".."` rather than through
    /// `NSString.deletingLastPathComponent`, which traps on `"."` in swift-corelibs-foundation.
    static func parent(of path: String) -> String? {
        if URL(fileURLWithPath: path).standardizedFileURL.path == "/" { return nil }
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let last = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        if last == "." || last == ".." { return trimmed == "." ? ".." : trimmed + "/.." }
        let up = PathText.directory(of: trimmed)
        return up.isEmpty ? "." : up
    }
}
