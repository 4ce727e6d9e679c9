import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaYAML

/// The rules an evaluation would leave "not reported" for want of answers no required field accounts for
/// (`has(tc.valor) ? tc.valor : <its components>` asks for no one field): `validate` reports each as a
/// `missing_answer` error, since a file that validates clean must not come out unscored.
enum UnjudgedRules {
    /// One error per rule of `findings.notReported` that lacks answers other than `reported` (those the
    /// required fields' own errors already name), at the written answer that holds what is missing, else at
    /// `answers:`, else at the start of the document. `root`: the assessment's YAML document, when at hand.
    static func find(in assessment: Assessment, findings: CalendarFindings?, ruleSet: RuleSet, root: YAMLNode?,
                     reported: MissingAnswers.Report.Paths) -> [Diagnostic] {
        guard let findings else { return [] }
        return findings.notReported.compactMap { outcome in
            guard case .notReported(let lacking) = outcome.outcome else { return nil }
            let missing = lacking.filter { !reported.contains($0) }
            guard let first = missing.first else { return nil }
            let name = ruleSet.rules.first { $0.id == outcome.rule }?.name.text(.es) ?? "\(outcome.rule)"
            let nameEN = ruleSet.rules.first { $0.id == outcome.rule }?.name.text(.en) ?? "\(outcome.rule)"
            let list = missing.joined(separator: ", ")
            // Only an answer tested with has() in a section that lacks answers can stand for them.
            let sections = Set(missing.map { $0.prefix { $0 != "." } })
            let alternatives = (findings.alternatives[outcome.rule] ?? []).filter { sections.contains($0.prefix { $0 != "." }) }
            let help = alternatives.isEmpty
                ? LocalizedText(es: "responda lo que falta; sin esas respuestas la regla cuenta como no reportada",
                                en: "answer what is missing; without those answers the rule counts as not reported")
                : LocalizedText(es: "responda lo que falta (o el valor de \(alternatives.joined(separator: ", ")), si la regla lo admite)",
                                en: "answer what is missing (or the value of \(alternatives.joined(separator: ", ")), if the rule allows it)")
            return .error(
                "missing_answer",
                LocalizedText(es: "faltan respuestas que necesita la regla «\(name)» (\(outcome.rule)): \(list); sin ellas no se puede juzgar",
                              en: "missing answers that rule '\(nameEN)' (\(outcome.rule)) needs: \(list); without them it cannot be judged"),
                at: place(of: first, in: assessment, form: ruleSet.form, root: root), help: help)
        }
    }

    /// Where the answer at `path` is missing from: the deepest of its keys written (`tc:` for `tc.completa`, the
    /// list for a field of its items), else `answers:` for an answer of the form, else the document's start.
    /// Without the document, the section's start when it was read.
    static func place(of path: String, in assessment: Assessment, form: [FormSection], root: YAMLNode?) -> SourceRange {
        let keys = path.split(separator: ".").map { String($0.prefix { $0 != "[" }) }
        let inForm = form.contains { $0.id.rawValue == keys.first }
        guard let root else {
            return SourceRange(at: (keys.first.flatMap { assessment.sections[SectionID($0)]?.range } ?? assessment.range).start)
        }
        let answers = MissingAnswers.keyRange("answers", in: root)
        var node: YAMLNode? = inForm ? root["answers"] : root
        var deepest: SourceRange? = nil
        for key in keys {
            guard let here = MissingAnswers.keyRange(key, in: node) else { break }
            deepest = here
            node = node?[key]
        }
        return deepest ?? (inForm ? answers : nil) ?? SourceRange(at: assessment.range.start)
    }
}
