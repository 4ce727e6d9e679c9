public import AperturaModel
public import AperturaSource

/// Checks that a policy fits the rule set it evaluates: same id, and every phase, objective,
/// rule and indicator it names exists.
public enum PolicyValidator {
    public static func check(_ policy: Policy, against ruleSet: RuleSet) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func unknown(_ id: String, _ what: (String, String), at range: SourceRange, among: [String]) {
            found.append(.error(
                "unknown_reference", LocalizedText(es: "\(what.0) «\(id)» no existe en el conjunto de reglas «\(ruleSet.info.id)»",
                                                   en: "\(what.1) '\(id)' does not exist in rule set '\(ruleSet.info.id)'"),
                at: range, help: Suggestion.closest(to: id, in: among).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }))
        }
        let start = SourceRange(at: policy.range.start)
        if policy.ruleSet != ruleSet.info.id {
            found.append(.error(
                "rule_set_mismatch", LocalizedText(es: "la política evalúa el conjunto «\(policy.ruleSet)», no «\(ruleSet.info.id)»",
                                                   en: "the policy evaluates rule set '\(policy.ruleSet)', not '\(ruleSet.info.id)'"),
                at: policy.ruleSetRange ?? start))
            return found
        }
        // A policy cites the documents of the rule set it evaluates.
        let sources = ruleSet.sources.map(\.id.rawValue)
        let citations = [policy.source] + policy.calendar.map(\.source) + policy.applicability.map(\.source) + policy.waivers.map(\.source)
        for citation in citations.compactMap({ $0 }) where ruleSet.source(citation.ref) == nil {
            unknown(citation.ref.rawValue, ("fuente", "source"), at: citation.refRange ?? citation.range, among: sources)
        }
        let phases = ruleSet.phases.map(\.id.rawValue)
        for entry in policy.calendar where ruleSet.phase(entry.phase) == nil {
            unknown(entry.phase.rawValue, ("fase", "phase"), at: entry.phaseRange ?? entry.range, among: phases)
        }
        let objectives = ruleSet.objectives.map(\.id.rawValue)
        // Sorted, so that the diagnostics come in a stable order.
        for id in policy.scoring.objectiveWeights.keys.sorted() where ruleSet.objective(id) == nil {
            unknown(id.rawValue, ("objetivo", "objective"), at: policy.scoring.objectiveWeightRanges[id] ?? start, among: objectives)
        }
        let indicators = ruleSet.indicators.map(\.id.rawValue)
        var named: [(IndicatorID, SourceRange?, LocalizedText)] = []
        if case .indicator(let id) = policy.scoring.model {
            named.append((id, policy.scoring.indicatorRange, LocalizedText(es: "el puntaje", en: "the score")))
        }
        if let quadrants = policy.quadrants {
            let axis = LocalizedText(es: "un eje de los cuadrantes", en: "a quadrant axis")
            named += [(quadrants.x, quadrants.xRange, axis), (quadrants.y, quadrants.yRange, axis)]
        }
        for (id, range, use) in named {
            guard let indicator = ruleSet.indicator(id) else {
                unknown(id.rawValue, ("indicador", "indicator"), at: range ?? start, among: indicators)
                continue
            }
            // A score or an axis is a number compared with thresholds: a true/false indicator has none to give.
            if indicator.unit == .boolean {
                found.append(.error(
                    "type_mismatch",
                    LocalizedText(es: "el indicador «\(id)» es booleano (unit: boolean): \(use.es) necesita un indicador numérico",
                                  en: "indicator '\(id)' is boolean (unit: boolean): \(use.text(.en)) needs a numeric indicator"),
                    at: range ?? start))
            }
        }
        let rules = ruleSet.rules.map(\.id.rawValue)
        // Each id where it is written; the entry's start when its place is not known.
        func place(_ index: Int, in ranges: [SourceRange], else fallback: SourceRange) -> SourceRange {
            ranges.indices.contains(index) ? ranges[index] : fallback
        }
        for entry in policy.applicability {
            for (index, id) in entry.objectives.enumerated() where ruleSet.objective(id) == nil {
                unknown(id.rawValue, ("objetivo", "objective"), at: place(index, in: entry.objectiveRanges, else: entry.range), among: objectives)
            }
            for (index, id) in entry.rules.enumerated() where ruleSet.rule(id) == nil {
                unknown(id.rawValue, ("regla", "rule"), at: place(index, in: entry.ruleRanges, else: entry.range), among: rules)
            }
        }
        for waiver in policy.waivers {
            for (index, id) in waiver.rules.enumerated() where ruleSet.rule(id) == nil {
                unknown(id.rawValue, ("regla", "rule"), at: place(index, in: waiver.ruleRanges, else: waiver.range), among: rules)
            }
        }
        found += entryPhases(policy)
        return found
    }
}
