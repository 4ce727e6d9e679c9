/// Whether two strings have the same UTF-8 bytes (code point equality, unlike Swift's `==`, which
/// equates canonically equivalent texts). Compares the contiguous bytes directly: iterating
/// `String.UTF8View` element by element costs several times more, and `==` on strings is frequent.
enum UTF8Equality {
    static func equal(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }
}
