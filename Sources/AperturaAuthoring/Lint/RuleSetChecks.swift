import AperturaEngine
import AperturaModel
import AperturaSource

/// The checks on a rule set that the loader leaves to `lint`: they are about how well a rule set is
/// written, not whether it can be evaluated.
struct RuleSetChecks {
    let ruleSet: RuleSet
    /// False when the rule set loaded with errors: a rule, file or reference that could not be read may be
    /// what uses an indicator or cites a source, so "unused" would only echo that error (a misspelt key in a
    /// rule, or its indicator's id misspelt, made the indicator it judges "unused" as well).
    var loadedCleanly = true

    func run() -> [Diagnostic] {
        var found: [Diagnostic] = []
        found += goalRegressions()
        found += IndicatorFormulaCheck.run(ruleSet.indicators)
        found += TranslationCheck(ruleSet: ruleSet).run()
        found += citationSections()
        found += RepeatedEntryCheck.run(ruleSet)
        found += PercentTargetsCheck.run(ruleSet)
        if loadedCleanly {
            found += unusedIndicators()
            found += unusedSources()
        }
        found += ComparedValueCheck(ruleSet: ruleSet).run(ComparedValueCheck.expressions(of: ruleSet))
        return found
    }

    /// Goals listed by phase must not go backwards: up for an indicator that should grow, down for one
    /// that should fall; a boolean goal must not go from true to false.
    func goalRegressions() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let order = Dictionary(ruleSet.phases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func check(_ goals: [Goal], direction: Indicator.Direction, unit: Indicator.Unit?, id: String) {
            // A target outside its unit's range is already an error (`invalid_value`): comparing it would repeat it.
            let range = unit.flatMap(UnitRange.init)
            let sorted = goals.filter { goal in
                guard order[goal.phase] != nil else { return false }
                if case .number(let target) = goal.target, let range { return range.contains(target) }
                return true
            }.sorted { order[$0.phase]! < order[$1.phase]! }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                let backwards: Bool
                switch (earlier.target, later.target) {
                case (.number(let a), .number(let b)): backwards = direction == .increase ? b < a : b > a
                case (.bool(let a), .bool(let b)): backwards = a && !b
                default: backwards = false
                }
                guard backwards else { continue }
                let verb = direction == .increase ? ("debería crecer", "should grow") : ("debería bajar", "should fall")
                found.append(.error(
                    "goal_regression",
                    LocalizedText(
                        es: "la meta de «\(id)» retrocede de \(Self.show(earlier.target)) (\(earlier.phase)) a \(Self.show(later.target)) (\(later.phase)): el indicador \(verb.0)",
                        en: "the goal of '\(id)' goes back from \(Self.show(earlier.target)) (\(earlier.phase)) to \(Self.show(later.target)) (\(later.phase)): the indicator \(verb.1)"),
                    at: later.targetRange ?? later.range,
                    help: LocalizedText(es: "las metas de fases posteriores deben ser al menos tan exigentes",
                                        en: "goals of later phases must be at least as demanding")))
            }
        }
        let indicators = firstByID(ruleSet.indicators, \.id)
        for rule in ruleSet.rules {
            guard case .goal(let indicatorID, let goals, _) = rule.body, let indicator = indicators[indicatorID] else { continue }
            check(goals, direction: indicator.direction, unit: indicator.unit, id: rule.id.rawValue)
        }
        for goal in ruleSet.populationGoals {
            let unit: Indicator.Unit? = switch goal.aggregate {
            case .mean(let indicator): indicators[indicator]?.unit
            case .shareMet: .ratio
            }
            check(goal.goals, direction: goal.direction, unit: unit, id: goal.id.rawValue)
        }
        return found
    }

    /// A citation must say where in the document: an empty `section` cites nothing.
    func citationSections() -> [Diagnostic] { CitationSectionCheck.run(allCitations()) }

    /// Indicators that no rule judges or names (in its `check` or `applies_to.when`), directly or through
    /// another indicator, and no population goal uses.
    func unusedIndicators() -> [Diagnostic] {
        var used = Set<IndicatorID>()
        var pending = ruleSet.rules.compactMap(\.indicator)
        for rule in ruleSet.rules {
            var named = rule.appliesTo.when.map { [$0.text] } ?? []
            if case .check(let check, _, _) = rule.body { named.append(check.text) }
            pending += named.flatMap(FormulaText.indicatorReferences).map { IndicatorID($0) }
        }
        for goal in ruleSet.populationGoals {
            if case .mean(let id) = goal.aggregate { pending.append(id) }
        }
        let indicators = firstByID(ruleSet.indicators, \.id)
        while let id = pending.popLast() {
            guard used.insert(id).inserted, let indicator = indicators[id] else { continue }
            for source in [indicator.value] + (indicator.validWhen.map { [$0] } ?? []) {
                pending += FormulaText.indicatorReferences(in: source.text).map { IndicatorID($0) }
            }
        }
        return ruleSet.indicators.filter { !used.contains($0.id) }.map { indicator in
            .warning("unused_indicator", LocalizedText(es: "ninguna regla usa el indicador «\(indicator.id)»",
                                                       en: "no rule uses indicator '\(indicator.id)'"),
                     at: indicator.range,
                     help: LocalizedText(es: "añada una regla que lo juzgue o quítelo", en: "add a rule that judges it or remove it"))
        }
    }

    /// Source documents that no citation names.
    func unusedSources() -> [Diagnostic] {
        let cited = Set(allCitations().map(\.ref))
        return ruleSet.sources.filter { !cited.contains($0.id) }.map { source in
            Diagnostic(.note, code: "unused_source", LocalizedText(es: "ninguna cita nombra la fuente «\(source.id)»",
                                                    en: "no citation names source '\(source.id)'"), at: source.range)
        }
    }

    func allCitations() -> [Citation] {
        var citations: [Citation] = [ruleSet.info.source] + ruleSet.info.legalSources
        citations += ruleSet.objectives.map(\.source)
        for indicator in ruleSet.indicators {
            citations.append(indicator.source)
            if let source = indicator.baseline?.source { citations.append(source) }
        }
        for rule in ruleSet.rules {
            citations.append(rule.source)
            if case .goal(_, let goals, _) = rule.body { citations += goals.compactMap(\.source) }
        }
        for goal in ruleSet.populationGoals {
            citations.append(goal.source)
            if let source = goal.baseline?.source { citations.append(source) }
            citations += goal.goals.compactMap(\.source)
        }
        return citations
    }

    static func show(_ target: Goal.Target) -> String {
        switch target {
        case .bool(let b): b ? "true" : "false"
        case .number(let x): FormulaText.format(x)
        }
    }
}
