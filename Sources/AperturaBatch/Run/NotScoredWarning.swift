public import AperturaEngine
public import AperturaModel
public import AperturaSource

/// Why an institution has no score, for warnings.csv: a `not_scored` row in results.csv alone does not say
/// which answers to ask it for. Worked out only for an evaluation with no score, off the batch's hot path.
public enum NotScoredWarning {
    /// A `not_scored` warning naming every answer the rules not reported lack (each once, in the order the
    /// rules list them) and those rules, at the section of the first answer when it was read, else at the
    /// self-assessment's start; nil when there is a score, or no rule lacks answers (none applies).
    public static func of(_ evaluation: Evaluation, in assessment: Assessment) -> Diagnostic? {
        guard evaluation.score == nil else { return nil }
        var rules: [String] = [], answers: [String] = [], seen: Set<String> = []
        for outcome in evaluation.outcomes {
            guard case .notReported(let missing) = outcome.outcome else { continue }
            rules.append(outcome.rule.rawValue)
            for path in missing where seen.insert(path).inserted { answers.append(path) }
        }
        guard let first = answers.first else { return nil }
        let section = SectionID(String(first.prefix { $0 != "." && $0 != "[" }))
        let place = assessment.sections[section]?.range.start ?? assessment.range.start
        let list = answers.joined(separator: ", "), named = rules.joined(separator: ", ")
        return .warning(
            "not_scored",
            LocalizedText(es: "sin puntaje: faltan respuestas que necesitan las reglas \(named): \(list)",
                          en: "not scored: missing answers that rules \(named) need: \(list)"),
            at: SourceRange(at: place),
            help: LocalizedText(es: "pida a la institución que responda lo que falta", en: "ask the institution to answer what is missing"))
    }
}
