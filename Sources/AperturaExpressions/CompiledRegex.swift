import Foundation

/// A compiled regular expression. NSRegularExpression is immutable and thread-safe once built,
/// which is what makes sharing it across evaluations sound.
final class CompiledRegex: @unchecked Sendable {
    private let regex: NSRegularExpression

    init?(_ pattern: String) {
        // NSRegularExpression rejects the empty pattern, which RE2 accepts and matches anywhere.
        let pattern = pattern.isEmpty ? "(?:)" : pattern
        guard let r = try? NSRegularExpression(pattern: pattern) else { return nil }
        regex = r
    }

    /// RE2 semantics of CEL's `matches`: the pattern matches anywhere in the text.
    func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, options: [], range: range) != nil
    }
}
