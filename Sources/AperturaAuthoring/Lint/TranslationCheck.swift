import AperturaModel
import AperturaSource

/// Every text given in Spanish should also be given in English (`{es: ..., en: ...}`): reports and
/// explanations are printed in either language. Each finding is reported at the text.
struct TranslationCheck {
    let ruleSet: RuleSet

    func run() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var places = TextPlaces()
        /// `steps` lead from the object at `object` to the text.
        func check(_ text: LocalizedText?, _ what: TextPath, _ steps: [TextPlaces.Step], in object: SourceRange) {
            // A blank text says nothing in either language (a required one is the loader's `invalid_value`): no English to ask for.
            guard let text, !text.isTranslated, !text.es.allSatisfy(\.isWhitespace) else { return }
            found.append(.warning(
                "missing_translation",
                LocalizedText(es: "falta el texto en inglés (en) de \(what.es)", en: "the English text (en) of \(what.en) is missing"),
                at: places.place(steps, in: object), help: LocalizedText(es: "escríbalo como {es: ..., en: ...}", en: "write it as {es: ..., en: ...}")))
        }
        func check(_ text: LocalizedText?, _ key: String, of id: some CustomStringConvertible, in object: SourceRange) {
            check(text, TextPath(id, key), [.key(key)], in: object)
        }
        let info = ruleSet.info
        for key in ["name", "instrument", "issuer", "legal_basis"] {
            let text = switch key {
            case "name": info.name
            case "instrument": info.instrument
            case "issuer": info.issuer
            default: info.legalBasis
            }
            check(text, TextPath(key), [.key(key)], in: info.range)
        }
        for phase in ruleSet.phases { check(phase.name, "name", of: phase.id, in: phase.range) }
        for objective in ruleSet.objectives {
            check(objective.name, "name", of: objective.id, in: objective.range)
            check(objective.description, "description", of: objective.id, in: objective.range)
        }
        for section in ruleSet.form {
            check(section.name, "name", of: section.id, in: section.range)
            check(section.description, "description", of: section.id, in: section.range)
            for field in section.fields { checkField(field, prefix: section.id.rawValue, check) }
        }
        for indicator in ruleSet.indicators {
            check(indicator.name, "name", of: indicator.id, in: indicator.range)
            check(indicator.description, "description", of: indicator.id, in: indicator.range)
            check(indicator.baseline?.unavailableReason, TextPath(indicator.id, "baseline.reason"), [.key("baseline"), .key("reason")], in: indicator.range)
        }
        for rule in ruleSet.rules {
            check(rule.name, "name", of: rule.id, in: rule.range)
            check(rule.remediation, "remediation", of: rule.id, in: rule.range)
            if case .goal(_, let goals, _) = rule.body {
                for goal in goals { check(goal.rationale, TextPath(rule.id, "goals[\(goal.phase)].rationale"), [.key("rationale")], in: goal.range) }
            }
        }
        for goal in ruleSet.populationGoals {
            check(goal.name, "name", of: goal.id, in: goal.range)
            for item in goal.goals { check(item.rationale, TextPath(goal.id, "goals[\(item.phase)].rationale"), [.key("rationale")], in: item.range) }
        }
        return found
    }

    private func checkField(_ field: FormField, prefix: String,
                            _ check: (LocalizedText?, TextPath, [TextPlaces.Step], SourceRange) -> Void) {
        let path = "\(prefix).\(field.id)"
        check(field.prompt, TextPath(path, "prompt"), [.key("prompt")], field.range)
        check(field.evidenceHint, TextPath(path, "evidence"), [.key("evidence")], field.range)
        for option in field.options {
            check(option.name, TextPath(path, "options[\(option.id)].name"), [.key("options"), .item(id: option.id.description), .key("name")], field.range)
        }
        for item in field.items { checkField(item, prefix: path, check) }
    }
}
