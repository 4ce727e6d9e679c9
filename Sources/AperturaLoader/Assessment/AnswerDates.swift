import AperturaModel
import AperturaSource
import AperturaYAML

/// The dates a self-assessment may give (its answers and its period): a year outside 1900–2100 is a slip of
/// the keyboard (`0025` for `2025`, `2205`), which a comparison with a deadline would otherwise take at its word.
enum AnswerDates {
    static let plausible = Day("1900-01-01")!...Day("2100-12-31")!
}

extension LoadContext {
    /// A date of a self-assessment: a valid date within `AnswerDates.plausible`.
    func answerDay(_ node: YAMLNode) -> Day? {
        answerDay(node, field: nil)
    }

    /// `field`: the answer's field, which may be left without a value (see `ValueAdvice.emptyText`).
    func answerDay(_ node: YAMLNode, field: String?) -> Day? {
        guard let day = day(node, field: field) else { return nil }
        guard AnswerDates.plausible.contains(day) else {
            error("date_out_of_range", es: "la fecha \(day) está fuera del rango admitido (1900-01-01 a 2100-12-31)",
                  en: "the date \(day) is outside the accepted range (1900-01-01 to 2100-12-31)", at: node.range,
                  help: LocalizedText(es: "revise el año: ¿un error de escritura?", en: "check the year: a typing slip?"))
            return nil
        }
        return day
    }
}
