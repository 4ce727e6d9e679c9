/// How an outcome is marked beside its word, in the terminal and on the HTML page: a symbol and a tone, so that
/// the outcome never rests on colour alone.
enum OutcomeMark {
    static func symbol(_ outcome: String) -> String {
        switch outcome {
        case "met": "✔"
        case "not_met": "✘"
        case "not_reported": "?"
        case "missing_evidence": "!"
        case "error": "‼"
        default: "–"
        }
    }

    static func tone(_ outcome: String) -> Tone {
        switch outcome {
        case "met": .good
        case "not_met": .bad
        case "not_reported", "missing_evidence": .warning
        case "error": .error
        default: .muted
        }
    }
}
