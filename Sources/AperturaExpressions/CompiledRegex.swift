import AperturaSource

/// A compiled regular expression in RE2 syntax, as CEL's `matches` specifies. Immutable once built,
/// so it is shared across evaluations and threads.
final class CompiledRegex: Sendable {
    private let program: RegexProgram

    init(_ pattern: String) throws(RegexSyntaxError) {
        program = try RegexProgram(try RegexParser.parse(pattern))
    }

    /// Whether the pattern matches anywhere in the text.
    func matches(_ text: String) -> Bool {
        program.matches(text)
    }

    /// The cost `matches` charges: the automaton takes at most one step per instruction per scalar,
    /// so that product, in the units of concatenation (about 16 bytes a step), bounds the work.
    func cost(of text: String) -> Int {
        (text.utf8.count + 1) * program.instructions.count / 16
    }

    /// The evaluation error for a pattern that does not compile.
    static func invalid(_ pattern: String, _ error: RegexSyntaxError, at offset: Int) -> CELEvaluationError {
        .invalid("expresión regular no válida '\(pattern)' (carácter \(error.position + 1)): \(error.message.es)",
                 "invalid regular expression '\(pattern)' (character \(error.position + 1)): \(error.message.en ?? error.message.es)",
                 at: offset)
    }
}
