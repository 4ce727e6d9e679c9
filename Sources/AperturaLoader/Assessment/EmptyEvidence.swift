public import AperturaModel
public import AperturaSource
public import AperturaYAML

/// The evidence fields a self-assessment leaves empty while a rule for its kind and order of government asks for
/// them. Evidence is optional in the form, so the file is valid; but `evaluate` then judges such a rule "missing
/// evidence", not met, even when the answer reaches the goal. `validate` warns of it, so that "valid" does not
/// promise more.
public enum EmptyEvidence {
    /// `root`: the assessment's YAML document, when at hand, so that a key written empty (`acta:`, as the template
    /// leaves it) is pointed at; otherwise the warning is at its section. Passed over: a section not answered at
    /// all (its answers are missing, which is said already), and one that reports nothing to back (every other
    /// answer in it no, zero or an empty list: no Comité, no acta to publish). Entries such as "N/A" are warned of
    /// where they are written (`placeholder_evidence`), so only an absent or empty list is reported here.
    /// `judging`: when an evaluation could tell, the rules that would judge the assessment "missing evidence"
    /// (`Evaluator.calendarFindings`); only their fields are warned of, and the guess by section is not needed.
    public static func find(in assessment: Assessment, ruleSet: RuleSet, root: YAMLNode? = nil, judging: Set<RuleID>? = nil) -> [Diagnostic] {
        let institution = assessment.institution
        // Each field once, with every rule that asks for it, in the order the rules first name them.
        var fields: [(path: FieldPath, rules: [Rule])] = []
        for rule in ruleSet.rules where rule.appliesTo.matchesIdentity(order: institution.order, kind: institution.kind) && judging?.contains(rule.id) ?? true {
            guard case .goal(_, _, let evidence) = rule.body else { continue }
            for path in evidence {
                if let index = fields.firstIndex(where: { $0.path.description == path.description }) {
                    fields[index].rules.append(rule)
                } else {
                    fields.append((path, [rule]))
                }
            }
        }
        var found: [Diagnostic] = []
        for (path, rules) in fields {
            guard let section = assessment.sections[path.section], isEmpty(section[path.field]?.value),
                  judging != nil || reportsSomething(section, form: ruleSet.form.first { $0.id == path.section }) else { continue }
            let node = root?["answers"]?[path.section.rawValue]
            let place = section[path.field]?.range ?? MissingAnswers.keyRange(path.field, in: node) ?? section.range
            found.append(warning(path, rules: rules, at: place))
        }
        return found
    }

    /// Whether an answer of the section other than its evidence says there is something: yes, a number other
    /// than zero, a text, a date, a choice or a list item.
    static func reportsSomething(_ section: AnswerGroup, form: FormSection?) -> Bool {
        let evidence = Set(form?.fields.filter { $0.type == .evidence }.map(\.id) ?? [])
        return zip(section.fields, section.values).contains { field, answer in
            guard !evidence.contains(field), let value = answer?.value else { return false }
            switch value {
            case .bool(let b): return b
            case .integer(let n): return n != 0
            case .number(let x): return x != 0
            case .date: return true
            case .text(let text): return !text.isEmpty
            case .texts(let items): return !items.isEmpty
            case .items(let items): return !items.isEmpty
            }
        }
    }

    static func isEmpty(_ value: AnswerValue.Value?) -> Bool {
        guard case .texts(let items)? = value else { return value == nil }
        return items.isEmpty
    }

    static func warning(_ path: FieldPath, rules: [Rule], at place: SourceRange) -> Diagnostic {
        let es = rules.map { "«\($0.name.es)»" }.joined(separator: ", "), en = rules.map { "'\($0.name.text(.en))'" }.joined(separator: ", ")
        return .warning(
            "empty_evidence",
            LocalizedText(
                es: "la evidencia «\(path)» está vacía: \(rules.count == 1 ? "la pide la regla" : "la piden las reglas") \(es); "
                    + "sin ella, \(rules.count == 1 ? "esa regla cuenta" : "esas reglas cuentan") como «falta evidencia», no como cumplida, aunque la respuesta alcance la meta",
                en: "the evidence '\(path)' is empty: \(rules.count == 1 ? "rule" : "rules") \(en) \(rules.count == 1 ? "requires" : "require") it; "
                    + "without it, \(rules.count == 1 ? "that rule counts" : "those rules count") as 'missing evidence', not met, even when the answer reaches the goal"),
            at: place,
            // The example shows a link's shape: copied as it is, it is a placeholder (`ExampleLink`), so it says so.
            help: LocalizedText(es: "registre el enlace o el nombre del documento que respalda la respuesta, así: [\"https://…\"], con el enlace completo en lugar de «…»",
                                en: "record the link or the name of the document that backs the answer, like this: [\"https://…\"], with the whole link in place of '…'"))
    }
}
