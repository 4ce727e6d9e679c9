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

    /// How many of ICU's progress reports a match may take beyond one per position of the text.
    /// ICU backtracks, unlike RE2: a pattern like `(a+)+$` takes exponential time on `aaa…a!`.
    /// ICU reports progress about once per start position tried and once per ten thousand steps of
    /// backtracking, so this bounds the backtracking to some ten million steps (well under a second)
    /// while a linear scan of any text fits. Counting reports, not time, keeps evaluation deterministic.
    static let extraProgressReports = 1_000

    /// RE2 semantics of CEL's `matches`: the pattern matches anywhere in the text. Nil when the match
    /// ran out of its budget of steps.
    func matches(_ text: String) -> Bool? {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        let budget = range.length + Self.extraProgressReports
        var reports = 0
        var found = false
        var exhausted = false
        regex.enumerateMatches(in: text, options: [.reportProgress], range: range) { result, _, stop in
            if result != nil {
                found = true
                stop.pointee = true
                return
            }
            reports += 1
            if reports > budget {
                exhausted = true
                stop.pointee = true
            }
        }
        return found ? true : exhausted ? nil : false
    }

    /// `matches`, with an evaluation error when the match runs out of steps.
    func matches(_ text: String, at offset: Int) throws(CELEvaluationError) -> Bool {
        guard let matched = matches(text) else {
            throw CELEvaluationError(
                kind: .costLimitExceeded,
                message: .init(
                    es: "la expresión regular tardó demasiado en este texto (retrocede sin fin; evite cuantificadores anidados como (a+)+)",
                    en: "the regular expression took too long on this text (it backtracks endlessly; avoid nested quantifiers such as (a+)+)"),
                offset: offset)
        }
        return matched
    }
}
