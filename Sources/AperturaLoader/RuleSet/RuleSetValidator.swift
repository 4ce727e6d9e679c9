import AperturaModel
import AperturaSource

/// Checks a rule set as a whole: unique ids, references that resolve, goal targets that fit their
/// indicator, citations that name a listed source. Expressions are checked when the engine compiles.
struct RuleSetValidator {
    let context: LoadContext

    /// Variable names that expressions reserve, so no form section may take them.
    static let reservedNames: Set<String> = ["institution", "period", "indicators"]

    func validate(_ input: RuleSet) -> RuleSet {
        var ruleSet = input
        checkUnique(ruleSet.sources.map { ($0.id.rawValue, $0.range) }, what: "fuente", "source", feminine: true)
        checkUnique(ruleSet.phases.map { ($0.id.rawValue, $0.range) }, what: "fase", "phase", feminine: true)
        checkUnique(ruleSet.objectives.map { ($0.id.rawValue, $0.range) }, what: "objetivo", "objective")
        checkUnique(ruleSet.form.map { ($0.id.rawValue, $0.range) }, what: "sección", "section", feminine: true)
        checkUnique(ruleSet.indicators.map { ($0.id.rawValue, $0.range) }, what: "indicador", "indicator")
        checkUnique(ruleSet.rules.map { ($0.id.rawValue, $0.range) }, what: "regla", "rule", feminine: true)
        checkUnique(ruleSet.populationGoals.map { ($0.id.rawValue, $0.range) }, what: "meta poblacional", "population goal", feminine: true)
        for section in ruleSet.form {
            checkUniqueFields(section.fields)
            if Self.reservedNames.contains(section.id.rawValue) {
                context.error("reserved_id", es: "«\(section.id)» es un nombre reservado de las expresiones",
                              en: "'\(section.id)' is a name reserved by expressions", at: section.range)
            }
        }

        let sources = Set(ruleSet.sources.map(\.id))
        let cite = { (citation: Citation?) in
            guard let citation, !sources.contains(citation.ref) else { return }
            reportUnknown(citation.ref.rawValue, kind: ("fuente", "source"), at: citation.refRange ?? citation.range, among: sources.map(\.rawValue))
        }
        cite(ruleSet.info.source)
        ruleSet.info.legalSources.forEach(cite)
        let objectives = Set(ruleSet.objectives.map(\.id))
        for objective in ruleSet.objectives {
            cite(objective.source)
            if let parent = objective.parent, !objectives.contains(parent) {
                reportUnknown(parent.rawValue, kind: ("objetivo", "objective"), at: objective.parentRange ?? objective.range, among: objectives.map(\.rawValue))
            }
        }
        for indicator in ruleSet.indicators {
            cite(indicator.source)
            cite(indicator.baseline?.source)
            checkBaseline(indicator.baseline, unit: indicator.unit, fallback: indicator.range)
            if !objectives.contains(indicator.objective) {
                reportUnknown(indicator.objective.rawValue, kind: ("objetivo", "objective"), at: indicator.objectiveRange ?? indicator.range, among: objectives.map(\.rawValue))
            }
        }
        let phases = Set(ruleSet.phases.map(\.id))
        let indicators = Dictionary(ruleSet.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for index in ruleSet.rules.indices {
            ruleSet.rules[index] = validate(ruleSet.rules[index], ruleSet: ruleSet, indicators: indicators, objectives: objectives, phases: phases, cite: cite)
        }
        for goal in ruleSet.populationGoals {
            cite(goal.source)
            cite(goal.baseline?.source)
            let unit: Indicator.Unit? = switch goal.aggregate {
            case .mean(let indicator): indicators[indicator]?.unit
            case .shareMet: .ratio
            }
            checkGoals(goal.goals, phases: phases, boolean: false, unit: unit, cite: cite)
            checkBaseline(goal.baseline, unit: unit, fallback: goal.range)
            switch goal.aggregate {
            case .mean(let indicator) where indicators[indicator] == nil:
                reportUnknown(indicator.rawValue, kind: ("indicador", "indicator"), at: goal.aggregateRange ?? goal.range, among: indicators.keys.map(\.rawValue))
            case .shareMet(let rule) where ruleSet.rule(rule) == nil:
                reportUnknown(rule.rawValue, kind: ("regla", "rule"), at: goal.aggregateRange ?? goal.range, among: ruleSet.rules.map(\.id.rawValue))
            default: break
            }
        }
        return ruleSet
    }

    private func validate(
        _ input: Rule, ruleSet: RuleSet, indicators: [IndicatorID: Indicator], objectives: Set<ObjectiveID>,
        phases: Set<PhaseID>, cite: (Citation?) -> Void
    ) -> Rule {
        var rule = input
        cite(rule.source)
        switch rule.body {
        case .goal(let indicatorID, let goals, let evidence):
            let indicator = indicators[indicatorID]
            if indicator == nil {
                reportUnknown(indicatorID.rawValue, kind: ("indicador", "indicator"), at: rule.indicatorRange ?? rule.range, among: indicators.keys.map(\.rawValue))
            }
            if let indicator, rule.objective == RuleSetLoader.objectiveFromIndicator { rule.objective = indicator.objective }
            // An indicator that is missing (or failed to load) leaves the goals' types unknown, not their phases and
            // sources: those are checked all the same, so that fixing the indicator reveals no new errors.
            checkGoals(goals, phases: phases, boolean: indicator?.unit == .boolean, unit: indicator?.unit, cite: cite, typed: indicator != nil)
            checkEvidence(evidence, in: ruleSet)
        case .check(_, let checkPhases, let evidence):
            for (index, phase) in (checkPhases ?? []).enumerated() where !phases.contains(phase) {
                let range = index < rule.phaseRanges.count ? rule.phaseRanges[index] : rule.range
                reportUnknown(phase.rawValue, kind: ("fase", "phase"), at: range, among: phases.map(\.rawValue))
            }
            checkEvidence(evidence, in: ruleSet)
        }
        // An objective taken from the indicator is reported at the indicator, once.
        let inherited = input.objective == RuleSetLoader.objectiveFromIndicator
        if !inherited, !objectives.contains(rule.objective) {
            reportUnknown(rule.objective.rawValue, kind: ("objetivo", "objective"), at: rule.objectiveRange ?? rule.range, among: objectives.map(\.rawValue))
        }
        return rule
    }

    /// `typed`: whether the indicator's type is known, so that a target of the wrong type can be told.
    /// Each evidence path names an `evidence` field of the form.
    private func checkEvidence(_ evidence: [FieldPath], in ruleSet: RuleSet) {
        for path in evidence {
            let field = ruleSet.section(path.section)?.field(path.field)
            if field == nil, !context.isUnread(path.section.rawValue, kind: "section") {
                reportUnknown(path.description, kind: ("campo", "field"), at: path.range,
                              among: ruleSet.form.flatMap { s in s.fields.map { "\(s.id).\($0.id)" } })
            } else if field?.type != .evidence {
                context.error("type_mismatch", es: "«\(path)» no es un campo de tipo evidence", en: "'\(path)' is not an evidence field", at: path.range)
            }
        }
    }

    private func checkGoals(_ goals: [Goal], phases: Set<PhaseID>, boolean: Bool, unit: Indicator.Unit?, cite: (Citation?) -> Void, typed: Bool = true) {
        var seen: Set<PhaseID> = []
        for goal in goals {
            cite(goal.source)
            if !phases.contains(goal.phase) {
                reportUnknown(goal.phase.rawValue, kind: ("fase", "phase"), at: goal.phaseRange ?? goal.range, among: phases.map(\.rawValue))
            }
            if !seen.insert(goal.phase).inserted {
                context.error("duplicate_id", es: "más de una meta para la fase «\(goal.phase)»", en: "more than one goal for phase '\(goal.phase)'", at: goal.phaseRange ?? goal.range,
                              help: LocalizedText(es: "deje una sola meta por fase: quite esta o cambie su phase", en: "keep one goal per phase: remove this one or change its phase"))
            }
            guard typed else { continue }
            switch (goal.target, boolean) {
            case (.bool, false):
                context.error("type_mismatch", es: "el indicador es numérico: la meta debe ser un número", en: "the indicator is numeric: the target must be a number", at: goal.targetRange ?? goal.range)
            case (.number, true):
                context.error("type_mismatch", es: "el indicador es booleano: la meta debe ser true o false", en: "the indicator is boolean: the target must be true or false", at: goal.targetRange ?? goal.range)
            case (.number(let target), false):
                if let unit { checkInUnit(target, unit: unit, what: ("la meta", "the target"), at: goal.targetRange ?? goal.range) }
            default: break
            }
        }
    }

    /// A baseline is published as the indicator's starting point: outside the unit's range it would show as
    /// «5000 %» for a ratio written 50.
    private func checkBaseline(_ baseline: Baseline?, unit: Indicator.Unit?, fallback: SourceRange) {
        guard let baseline, let value = baseline.value, let unit else { return }
        checkInUnit(value, unit: unit, what: ("la línea base", "the baseline"), at: baseline.valueRange ?? fallback)
    }

    /// `invalid_value` for a number outside what `unit` can take; a ratio written as a percentage is told its fraction.
    private func checkInUnit(_ value: Double, unit: Indicator.Unit, what: (es: String, en: String), at place: SourceRange) {
        guard let range = UnitRange(unit), !range.contains(value) else { return }
        context.error("invalid_value", es: "\(what.es) \(UnitRange.shown(value)) está fuera del rango de la unidad \(unit.rawValue) (\(range.text.text(.es)))",
                      en: "\(what.en) \(UnitRange.shown(value)) is outside the range of unit \(unit.rawValue) (\(range.text.text(.en)))", at: place,
                      help: unit == .ratio ? UnitRange.percentageOnRatioHelp(value) : nil)
    }

    /// Field ids are unique among their siblings: a section's fields, and a list field's item fields.
    private func checkUniqueFields(_ fields: [FormField]) {
        checkUnique(fields.map { ($0.id, $0.range) }, what: "campo", "field")
        for field in fields where !field.items.isEmpty { checkUniqueFields(field.items) }
    }

    private func checkUnique(_ items: [(String, SourceRange)], what es: String, _ en: String, feminine: Bool = false) {
        let ending = feminine ? "a" : "o"
        context.reportRepeats(items.map { (id: $0.0, range: $0.1) }, feminine: feminine) { id, first in
            ("\(es) «\(id)» repetid\(ending) (ya definid\(ending) en \(first))", "duplicate \(en) '\(id)' (already defined at \(first))")
        }
    }

    private func reportUnknown(_ id: String, kind: (String, String), at range: SourceRange, among candidates: [String]) {
        // An entry written with errors is reported where it stands; "does not exist" would mislead.
        guard !context.isUnread(id, kind: kind.1) else { return }
        var help = Suggestion.closest(to: id, in: candidates).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
        if let file = context.unreadFiles.first {
            // Likely defined in a file that could not be read: fixing that file comes first.
            let more = context.unreadFiles.count > 1 ? (" (y \(context.unreadFiles.count - 1) más)", " (and \(context.unreadFiles.count - 1) more)") : ("", "")
            help = LocalizedText(
                es: "puede estar en «\(file)»\(more.0), que no se pudo leer: corrija primero sus errores",
                en: "it may be in '\(file)'\(more.1), which could not be read: fix its errors first")
        }
        context.error(
            "unknown_reference", es: "\(kind.0) «\(id)» no existe", en: "\(kind.1) '\(id)' does not exist", at: range, help: help)
    }
}
