/// A string compared and hashed by its code points (UTF-8 bytes), as CEL compares strings:
/// Swift's `String` equality would merge canonically equivalent keys such as "é" and "e\u{301}".
struct CodePoints: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: CodePoints, rhs: CodePoints) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
    }
}
