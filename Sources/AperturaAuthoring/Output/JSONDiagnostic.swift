import AperturaSource

/// One diagnostic as Apertura's JSON outputs give it (`lint` and `validate --format json`): its message and help
/// in one language, and where it starts. A diagnostic with no place has no `file`, `line` or `column`.
struct JSONDiagnostic: Encodable {
    var severity: String
    var code: String
    var message: String
    var file: String?
    var line: Int?
    var column: Int?
    var help: String?

    init(_ diagnostic: Diagnostic, language: Language) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code
        message = diagnostic.message.text(language)
        file = diagnostic.range?.file
        line = diagnostic.range?.start.line
        column = diagnostic.range?.start.column
        help = diagnostic.help?.text(language)
    }
}
