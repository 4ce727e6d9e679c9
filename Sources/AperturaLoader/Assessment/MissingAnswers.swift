public import AperturaModel
public import AperturaSource

/// The required answers a self-assessment leaves out. `validate` reports them as errors (the file is
/// not ready to submit); `evaluate` judges the rules that read them as "not reported".
public enum MissingAnswers {
    public static func find(in assessment: Assessment, ruleSet: RuleSet) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let institution = assessment.institution
        for section in ruleSet.form where section.appliesTo.matchesIdentity(order: institution.order, kind: institution.kind) {
            let group = assessment.sections[section.id]
            let place = group?.range ?? assessment.range
            missing(in: group, fields: section.fields, path: section.id.rawValue, place: place, into: &found)
        }
        return found
    }

    private static func missing(in group: AnswerGroup?, fields: [FormField], path: String, place: SourceRange, into found: inout [Diagnostic]) {
        for field in fields {
            let fieldPath = "\(path).\(field.id)"
            guard let answer = group?[field.id] else {
                if field.required {
                    found.append(.error(
                        "missing_answer", LocalizedText(es: "falta la respuesta «\(fieldPath)»: \(field.prompt.es)",
                                                        en: "missing answer '\(fieldPath)': \(field.prompt.text(.en))"),
                        at: SourceRange(at: place.start)))
                }
                continue
            }
            if case .items(let items) = answer.value {
                for (index, item) in items.enumerated() {
                    missing(in: item, fields: field.items, path: "\(fieldPath)[\(index)]", place: item.range, into: &found)
                }
            }
        }
    }
}
