import Foundation

/// Small readings of an expression's text that `lint` and `diff` need: the top-level terms of a sum,
/// the indicators it names. They look at the text only; evaluation never depends on them.
enum FormulaText {
    /// `indicators.x` names, in order of first appearance.
    static func indicatorReferences(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: "indicators.") {
            let tail = rest[range.upperBound...]
            let name = String(tail.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }))
            if !name.isEmpty, !found.contains(name) { found.append(name) }
            rest = tail
        }
        return found
    }

    /// Splits `text` at each top-level occurrence of `separator` (outside brackets and strings).
    static func splitTopLevel(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for ch in text {
            if let q = quote {
                current.append(ch)
                if ch == q { quote = nil }
                continue
            }
            switch ch {
            case "\"", "'": quote = ch
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
            if ch == separator && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The value an expression takes when every condition of its ternaries is false: the text after
    /// the last top-level `:`.
    static func finalBranch(_ text: String) -> String {
        splitTopLevel(text, on: ":").last ?? text
    }

    /// Whether `text` is one parenthesised group, `( ... )`, as a whole.
    static func isWrapped(_ text: String) -> Bool {
        isGroup(text, open: "(", close: ")")
    }

    /// Whether `text` is one list literal, `[ ... ]`, as a whole.
    static func isBracketed(_ text: String) -> Bool {
        isGroup(text, open: "[", close: "]")
    }

    private static func isGroup(_ text: String, open: Character, close: Character) -> Bool {
        guard text.first == open, text.last == close else { return false }
        var depth = 0
        for (index, ch) in text.enumerated() {
            if ch == open { depth += 1 }
            if ch == close { depth -= 1 }
            if depth == 0 && index < text.count - 1 { return false }
        }
        return true
    }

    static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String((x * 10_000).rounded() / 10_000)
    }
}
