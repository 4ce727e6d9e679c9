import AperturaModel
import AperturaSource

/// Every text given in Spanish should also be given in English (`{es: ..., en: ...}`): reports and
/// explanations are printed in either language.
struct TranslationCheck {
    let ruleSet: RuleSet

    func run() -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ text: LocalizedText?, _ what: TextPath, at range: SourceRange) {
            guard let text, !text.isTranslated else { return }
            found.append(.warning(
                "missing_translation",
                LocalizedText(es: "falta el texto en inglés (en) de \(what.es)", en: "the English text (en) of \(what.en) is missing"),
                at: range, help: LocalizedText(es: "escríbalo como {es: ..., en: ...}", en: "write it as {es: ..., en: ...}")))
        }
        let info = ruleSet.info
        check(info.name, TextPath("name"), at: info.range)
        check(info.instrument, TextPath("instrument"), at: info.range)
        check(info.issuer, TextPath("issuer"), at: info.range)
        check(info.legalBasis, TextPath("legal_basis"), at: info.range)
        for phase in ruleSet.phases { check(phase.name, TextPath(phase.id, "name"), at: phase.range) }
        for objective in ruleSet.objectives {
            check(objective.name, TextPath(objective.id, "name"), at: objective.range)
            check(objective.description, TextPath(objective.id, "description"), at: objective.range)
        }
        for section in ruleSet.form {
            check(section.name, TextPath(section.id, "name"), at: section.range)
            check(section.description, TextPath(section.id, "description"), at: section.range)
            for field in section.fields { checkField(field, prefix: section.id.rawValue, check) }
        }
        for indicator in ruleSet.indicators {
            check(indicator.name, TextPath(indicator.id, "name"), at: indicator.range)
            check(indicator.description, TextPath(indicator.id, "description"), at: indicator.range)
            check(indicator.baseline?.unavailableReason, TextPath(indicator.id, "baseline.reason"), at: indicator.range)
        }
        for rule in ruleSet.rules {
            check(rule.name, TextPath(rule.id, "name"), at: rule.range)
            check(rule.remediation, TextPath(rule.id, "remediation"), at: rule.range)
            if case .goal(_, let goals, _) = rule.body {
                for goal in goals { check(goal.rationale, TextPath(rule.id, "goals[\(goal.phase)].rationale"), at: goal.range) }
            }
        }
        for goal in ruleSet.populationGoals {
            check(goal.name, TextPath(goal.id, "name"), at: goal.range)
            for item in goal.goals { check(item.rationale, TextPath(goal.id, "goals[\(item.phase)].rationale"), at: item.range) }
        }
        return found
    }

    private func checkField(_ field: FormField, prefix: String, _ check: (LocalizedText?, TextPath, SourceRange) -> Void) {
        let path = "\(prefix).\(field.id)"
        check(field.prompt, TextPath(path, "prompt"), field.range)
        check(field.evidenceHint, TextPath(path, "evidence"), field.range)
        for option in field.options { check(option.name, TextPath(path, "options[\(option.id)].name"), field.range) }
        for item in field.items { checkField(item, prefix: path, check) }
    }
}
