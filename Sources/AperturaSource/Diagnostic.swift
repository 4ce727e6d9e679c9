/// One problem found in an input file: where, how serious, a stable code and a message
/// in both languages. Library code returns diagnostics; it never prints them.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var severity: Severity
    /// A stable snake_case code (`unknown_key`, `type_mismatch`, ...): tools and tests match on it,
    /// never on the wording of the message.
    public var code: String
    public var message: LocalizedText
    /// Where the problem is; nil only for problems with no place (a missing file).
    public var range: SourceRange?
    /// Extra lines: "did you mean", the expected form, ...
    public var help: LocalizedText?

    public init(
        _ severity: Severity,
        code: String,
        _ message: LocalizedText,
        at range: SourceRange?,
        help: LocalizedText? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.help = help
    }

    public static func error(
        _ code: String, _ message: LocalizedText, at range: SourceRange?, help: LocalizedText? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message, at: range, help: help)
    }

    public static func warning(
        _ code: String, _ message: LocalizedText, at range: SourceRange?, help: LocalizedText? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message, at: range, help: help)
    }

    public var isError: Bool { severity == .error }

    /// `file:line:column: error[code]: message`, followed by the help line if any. A control character that a
    /// file put in the text (quoted in the message, or in the file's name) is shown, not obeyed.
    public func rendered(_ language: Language) -> String {
        let place = range.map { "\($0.start): " } ?? ""
        var text = "\(place)\(severity.label(language))[\(code)]: \(message.text(language))"
        if let help {
            text += "\n  = \(language == .es ? "ayuda" : "help"): \(help.text(language))"
        }
        return HiddenCharacters.shown(text)
    }
}
