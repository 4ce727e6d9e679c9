public import AperturaEngine
public import AperturaModel
public import AperturaSource

/// Why an institution's rules went unjudged, for warnings.csv: a `not_scored` row in results.csv alone does not say
/// which answers to ask it for, and a score that counts rules not reported as not met (the PAI's) says nothing at all.
/// Worked out only for an evaluation with rules not reported, off the batch's hot path.
public enum NotScoredWarning {
    /// The stable codes: no score at all, or a score that counts rules not reported as not met.
    public static let notScored = "not_scored", notReported = "not_reported"

    /// The rules of an evaluation left not reported, and every answer they lack (each once, in the order the rules
    /// list them).
    public struct Gaps: Sendable {
        public var rules: [String] = []
        public var answers: [String] = []
        /// No score (`not_scored`), or a score that counts those rules as not met (`not_reported`).
        public var scored: Bool

        public var code: String { scored ? NotScoredWarning.notReported : NotScoredWarning.notScored }

        /// What is said before the list of answers, naming the rules.
        func opening(_ language: Language) -> String {
            let named = rules.joined(separator: ", ")
            switch (scored, language) {
            case (false, .es): return "sin puntaje: faltan respuestas que necesitan las reglas \(named)"
            case (false, _): return "not scored: missing answers that rules \(named) need"
            case (true, .es): return NotScoredWarning.counted(rules.count, .es) + ": faltan respuestas que necesitan las reglas \(named)"
            case (true, _): return NotScoredWarning.counted(rules.count, .en) + ": missing answers that rules \(named) need"
            }
        }
    }

    /// "3 reglas no reportadas, que el puntaje cuenta como no cumplidas".
    static func counted(_ rules: Int, _ language: Language) -> String {
        language == .es
            ? CountText.of(rules, "regla no reportada, que el puntaje cuenta como no cumplida", "reglas no reportadas, que el puntaje cuenta como no cumplidas")
            : CountText.of(rules, "rule not reported, which the score counts as not met", "rules not reported, which the score counts as not met")
    }

    public static let help = LocalizedText(es: "pida a la institución que responda lo que falta", en: "ask the institution to answer what is missing")

    /// The rules `evaluation` leaves not reported and the answers they lack; nil when there is none.
    public static func gaps(of evaluation: Evaluation) -> Gaps? {
        var gaps = Gaps(scored: evaluation.score != nil), seen: Set<String> = []
        for outcome in evaluation.outcomes {
            guard case .notReported(let missing) = outcome.outcome else { continue }
            gaps.rules.append(outcome.rule.rawValue)
            for path in missing where seen.insert(path).inserted { gaps.answers.append(path) }
        }
        return gaps.rules.isEmpty ? nil : gaps
    }

    /// The warning for a self-assessment in YAML: every answer the rules not reported lack, at the deepest part of the
    /// first one that was read (its item in a list, else its section), else at the self-assessment's start. A
    /// self-assessment with no answers at all (an upload cut after its header) is told so, as `validate` says it,
    /// rather than with every answer of the form. Nil when no rule is left not reported.
    public static func of(_ evaluation: Evaluation, in assessment: Assessment) -> Diagnostic? {
        guard let gaps = gaps(of: evaluation) else { return nil }
        if assessment.sections.isEmpty {
            let es = gaps.scored ? "la autoevaluación no tiene respuestas (falta la sección answers, o está vacía): " + counted(gaps.rules.count, .es)
                : "sin puntaje: la autoevaluación no tiene respuestas (falta la sección answers, o está vacía)"
            let en = gaps.scored ? "the self-assessment has no answers (the answers section is missing, or empty): " + counted(gaps.rules.count, .en)
                : "not scored: the self-assessment has no answers (the answers section is missing, or empty)"
            return .warning(gaps.code, LocalizedText(es: es, en: en), at: SourceRange(at: assessment.range.start),
                            help: LocalizedText(es: "pida a la institución su autoevaluación completa: la que entregó puede estar cortada",
                                                en: "ask the institution for its whole self-assessment: the one it sent may have been cut short"))
        }
        let list = gaps.answers.isEmpty ? "" : ": " + gaps.answers.joined(separator: ", ")
        let start = gaps.answers.first.map { place(of: $0, in: assessment) } ?? assessment.range.start
        return .warning(gaps.code, LocalizedText(es: gaps.opening(.es) + list, en: gaps.opening(.en) + list),
                        at: SourceRange(at: start), help: help)
    }

    /// Where the answer at `path` (`agenda.compromisos[0].avance`, `tc.valor`) is missing from, as far as the
    /// self-assessment keeps it: the item of its list, else its section, else the self-assessment's start. Only what
    /// was read: the same whichever reader took the file.
    static func place(of path: String, in assessment: Assessment) -> SourceLocation {
        let keys = path.split(separator: ".")
        guard let section = keys.first, let group = assessment.sections[SectionID(String(section))] else { return assessment.range.start }
        guard keys.count > 1 else { return group.range.start }
        let field = keys[1].prefix { $0 != "[" }
        guard let open = keys[1].firstIndex(of: "["), let close = keys[1].firstIndex(of: "]"),
              let index = Int(keys[1][keys[1].index(after: open)..<close]),
              case .items(let items)? = group[String(field)]?.value, items.indices.contains(index)
        else { return group.range.start }
        return items[index].range.start
    }
}
