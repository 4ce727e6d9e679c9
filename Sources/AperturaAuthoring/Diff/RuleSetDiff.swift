public import AperturaModel
import AperturaSource
import Foundation

/// The semantic difference between two versions of a rule set: what an author changed in meaning,
/// ignoring wording and layout (names, remediation texts and citations are not compared).
public enum RuleSetDiff {
    /// Every change from `old` to `new`: phases, objectives, form fields, indicators, rules, population goals (what
    /// each aggregates, its direction and its goals).
    public static func compare(_ old: RuleSet, _ new: RuleSet) -> [RuleSetChange] {
        var changes: [RuleSetChange] = []
        func added<T>(_ kind: String, _ oldItems: [T], _ newItems: [T], id: (T) -> String, range: (T) -> SourceRange?) {
            let before = Set(oldItems.map(id))
            let after = Set(newItems.map(id))
            for item in oldItems where !after.contains(id(item)) {
                changes.append(RuleSetChange(kind: "\(kind)_removed", subject: id(item), old: id(item), new: nil, range: range(item)))
            }
            for item in newItems where !before.contains(id(item)) {
                changes.append(RuleSetChange(kind: "\(kind)_added", subject: id(item), old: nil, new: id(item), range: range(item)))
            }
        }
        added("phase", old.phases, new.phases, id: { $0.id.rawValue }, range: { $0.range })
        added("objective", old.objectives, new.objectives, id: { $0.id.rawValue }, range: { $0.range })
        let oldFields = old.form.flatMap { s in s.fields.map { ("\(s.id).\($0.id)", $0) } }
        let newFields = new.form.flatMap { s in s.fields.map { ("\(s.id).\($0.id)", $0) } }
        added("field", oldFields, newFields, id: { $0.0 }, range: { $0.1.range })
        let oldFieldsByPath = firstByID(oldFields, \.0)
        for (path, field) in newFields {
            if let before = oldFieldsByPath[path]?.1, before.type != field.type || before.required != field.required {
                changes.append(RuleSetChange(kind: "field_changed", subject: path, old: fieldText(before), new: fieldText(field), range: field.range,
                                             shownOld: fieldShown(before), shownNew: fieldShown(field)))
            }
        }
        added("indicator", old.indicators, new.indicators, id: { $0.id.rawValue }, range: { $0.range })
        let oldIndicators = firstByID(old.indicators, \.id)
        for indicator in new.indicators {
            guard let before = oldIndicators[indicator.id] else { continue }
            let (a, b) = (normalized(before.value.text), normalized(indicator.value.text))
            if a != b {
                changes.append(RuleSetChange(kind: "indicator_formula_changed", subject: indicator.id.rawValue, old: a, new: b, range: indicator.value.range))
            }
            if before.unit != indicator.unit || before.direction != indicator.direction {
                changes.append(RuleSetChange(kind: "indicator_unit_changed", subject: indicator.id.rawValue,
                                             old: "\(before.unit.rawValue) \(before.direction.rawValue)",
                                             new: "\(indicator.unit.rawValue) \(indicator.direction.rawValue)", range: indicator.range))
            }
        }
        added("rule", old.rules, new.rules, id: { $0.id.rawValue }, range: { $0.range })
        let oldRules = firstByID(old.rules, \.id)
        for rule in new.rules {
            guard let before = oldRules[rule.id] else { continue }
            changes += compare(before, rule, phases: new.phases.map(\.id))
        }
        added("population_goal", old.populationGoals, new.populationGoals, id: { $0.id.rawValue }, range: { $0.range })
        let oldGoals = firstByID(old.populationGoals, \.id)
        for goal in new.populationGoals {
            guard let before = oldGoals[goal.id] else { continue }
            let (a, b) = (aggregateText(before), aggregateText(goal))
            if a != b {
                changes.append(RuleSetChange(kind: "population_goal_changed", subject: goal.id.rawValue, old: a, new: b,
                                             range: goal.aggregateRange ?? goal.range))
            }
            changes += compareGoals(before.goals, goal.goals, subject: goal.id.rawValue, phases: new.phases.map(\.id), fallback: goal.range)
        }
        return changes
    }

    /// Goals phase by phase: added, removed or changed (target, strictness or status).
    static func compareGoals(_ old: [Goal], _ new: [Goal], subject: String, phases: [PhaseID], fallback: SourceRange) -> [RuleSetChange] {
        var changes: [RuleSetChange] = []
        var allPhases = phases
        for goal in old + new where !allPhases.contains(goal.phase) { allPhases.append(goal.phase) }
        for phase in allPhases {
            let a = old.first(where: { $0.phase == phase }), b = new.first(where: { $0.phase == phase })
            let (ta, tb) = (a.map(goalText), b.map(goalText))
            guard ta != tb else { continue }
            let kind = a == nil ? "goal_added" : b == nil ? "goal_removed" : "goal_changed"
            changes.append(RuleSetChange(kind: kind, subject: "\(subject).\(phase)", old: ta, new: tb, range: b?.range ?? fallback,
                                         shownOld: a.map(goalShown), shownNew: b.map(goalShown)))
        }
        return changes
    }

    static func compare(_ old: Rule, _ new: Rule, phases: [PhaseID]) -> [RuleSetChange] {
        var changes: [RuleSetChange] = []
        let id = new.id.rawValue
        if old.weight != new.weight {
            changes.append(RuleSetChange(kind: "weight_changed", subject: id, old: FormulaText.format(old.weight), new: FormulaText.format(new.weight), range: new.range))
        }
        if old.objective != new.objective {
            changes.append(RuleSetChange(kind: "objective_changed", subject: id, old: old.objective.rawValue, new: new.objective.rawValue, range: new.range))
        }
        if applicabilityText(old.appliesTo) != applicabilityText(new.appliesTo) {
            changes.append(RuleSetChange(kind: "applicability_changed", subject: id, old: applicabilityText(old.appliesTo),
                                         new: applicabilityText(new.appliesTo), range: new.range,
                                         shownOld: applicabilityShown(old.appliesTo), shownNew: applicabilityShown(new.appliesTo)))
        }
        switch (old.body, new.body) {
        case (.goal(let oldIndicator, let oldGoals, let oldEvidence), .goal(let newIndicator, let newGoals, let newEvidence)):
            if oldIndicator != newIndicator {
                changes.append(RuleSetChange(kind: "rule_indicator_changed", subject: id, old: oldIndicator.rawValue, new: newIndicator.rawValue, range: new.range))
            }
            changes += compareGoals(oldGoals, newGoals, subject: id, phases: phases, fallback: new.range)
            let (ea, eb) = (oldEvidence.map(\.description).sorted(), newEvidence.map(\.description).sorted())
            if ea != eb {
                changes.append(RuleSetChange(kind: "evidence_changed", subject: id, old: ea.joined(separator: ", "), new: eb.joined(separator: ", "), range: new.range))
            }
        case (.check(let a, let pa, let oldEvidence), .check(let b, let pb, let newEvidence)):
            if normalized(a.text) != normalized(b.text) {
                changes.append(RuleSetChange(kind: "check_changed", subject: id, old: normalized(a.text), new: normalized(b.text), range: b.range))
            }
            let (sa, sb) = (pa?.map(\.rawValue).joined(separator: ", ") ?? "*", pb?.map(\.rawValue).joined(separator: ", ") ?? "*")
            if sa != sb { changes.append(RuleSetChange(kind: "check_phases_changed", subject: id, old: sa, new: sb, range: new.range)) }
            let (ea, eb) = (oldEvidence.map(\.description).sorted(), newEvidence.map(\.description).sorted())
            if ea != eb {
                changes.append(RuleSetChange(kind: "evidence_changed", subject: id, old: ea.joined(separator: ", "), new: eb.joined(separator: ", "), range: new.range))
            }
        default:
            changes.append(RuleSetChange(kind: "rule_body_changed", subject: id, old: bodyKind(old.body), new: bodyKind(new.body), range: new.range))
        }
        return changes
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    static func goalText(_ goal: Goal) -> String {
        let target = switch goal.target {
        case .bool(let b): b ? "true" : "false"
        case .number(let x): FormulaText.format(x)
        }
        // A strict goal ("more than 0.6") judges a value at the target otherwise than "at least 0.6" does.
        return "\(target)\(goal.strict ? " strict" : "") (\(goal.status.rawValue))"
    }

    /// `goalText` in words of each language: "0.8 (propuesta)", "0.5 estricta (oficial)".
    static func goalShown(_ goal: Goal) -> LocalizedText {
        let target = switch goal.target {
        case .bool(let b): b ? "true" : "false"
        case .number(let x): FormulaText.format(x)
        }
        let official = goal.status == .official
        return LocalizedText(es: "\(target)\(goal.strict ? " estricta" : "") (\(official ? "oficial" : "propuesta"))",
                             en: "\(target)\(goal.strict ? " strict" : "") (\(official ? "official" : "proposed"))")
    }

    /// What a population goal measures and which way is better: "share_met comite_instalado increase".
    static func aggregateText(_ goal: PopulationGoal) -> String {
        let aggregate = switch goal.aggregate {
        case .mean(let indicator): "mean \(indicator.rawValue)"
        case .shareMet(let rule): "share_met \(rule.rawValue)"
        }
        return "\(aggregate) \(goal.direction.rawValue)"
    }

    static func applicabilityText(_ applicability: Applicability) -> String {
        var parts: [String] = []
        if let orders = applicability.orders { parts.append("orders: " + orders.map(\.rawValue).sorted().joined(separator: ", ")) }
        if let kinds = applicability.kinds { parts.append("kinds: " + kinds.map(\.rawValue).sorted().joined(separator: ", ")) }
        if let when = applicability.when { parts.append("when: " + normalized(when.text)) }
        return parts.isEmpty ? "*" : parts.joined(separator: "; ")
    }

    /// A rule's scope in words of each language, orders and kinds in the model's order (federal first), as `explain` lists them.
    static func applicabilityShown(_ applicability: Applicability) -> LocalizedText {
        var es: [String] = [], en: [String] = []
        if let orders = applicability.orders {
            let ids = GovernmentOrder.allCases.filter(orders.contains).map(\.rawValue).joined(separator: ", ")
            es.append("órdenes: " + ids)
            en.append("orders: " + ids)
        }
        if let kinds = applicability.kinds {
            let ids = InstitutionKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ", ")
            es.append("tipos: " + ids)
            en.append("kinds: " + ids)
        }
        if let when = applicability.when {
            es.append("cuando: " + normalized(when.text))
            en.append("when: " + normalized(when.text))
        }
        return es.isEmpty ? LocalizedText(es: "toda institución", en: "every institution")
            : LocalizedText(es: es.joined(separator: "; "), en: en.joined(separator: "; "))
    }

    static func fieldText(_ field: FormField) -> String { "\(field.type.rawValue)\(field.required ? "" : " (optional)")" }

    static func fieldShown(_ field: FormField) -> LocalizedText {
        LocalizedText(es: "\(field.type.rawValue)\(field.required ? "" : " (opcional)")", en: fieldText(field))
    }

    static func bodyKind(_ body: Rule.Body) -> String {
        switch body {
        case .goal(let indicator, _, _): "indicator \(indicator)"
        case .check(let source, _, _): "check \(normalized(source.text))"
        }
    }
}
