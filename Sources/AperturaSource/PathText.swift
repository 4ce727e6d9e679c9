/// Path arithmetic on the text of a path, as the user typed it.
///
/// `NSString.deletingLastPathComponent` traps in swift-corelibs-foundation on a one-character path
/// (`.`, `r`, `a/`): `apertura test --junit j`, `evaluate --output r` and a test file in the current
/// folder crashed. These do the same on the string itself.
public enum PathText {
    /// The folder part of `path`: `"a/b"` → `"a"`, `"/a"` → `"/"`, `"a"` → `""` (no folder given).
    public static func directory(of path: String) -> String {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        guard let slash = text.lastIndex(of: "/") else { return "" }
        var folder = text[..<slash]
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return folder.isEmpty ? "/" : String(folder)
    }
}
