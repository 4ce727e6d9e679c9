import AperturaModel
import AperturaSource

/// A `percent` indicator (0 to 100) whose every goal target is 1 or less, not all 0 (`0.5`, `0.8`): targets written as
/// fractions, which almost any percentage meets, or a ratio given the wrong unit. The reverse slip, a `ratio` target of
/// 80, is the loader's `invalid_value`, with its hint.
enum PercentTargetsCheck {
    static func run(_ ruleSet: RuleSet) -> [Diagnostic] {
        var targets: [IndicatorID: [(value: Double, range: SourceRange)]] = [:]
        func add(_ goals: [Goal], of indicator: IndicatorID) {
            for goal in goals {
                if case .number(let x) = goal.target { targets[indicator, default: []].append((x, goal.targetRange ?? goal.range)) }
            }
        }
        for rule in ruleSet.rules {
            if case .goal(let indicator, let goals, _) = rule.body { add(goals, of: indicator) }
        }
        for goal in ruleSet.populationGoals {
            if case .mean(let indicator) = goal.aggregate { add(goal.goals, of: indicator) }
        }
        return ruleSet.indicators.compactMap { indicator in
            guard indicator.unit == .percent, let written = targets[indicator.id], let first = written.first,
                  written.allSatisfy({ $0.value >= 0 && $0.value <= 1 }), written.contains(where: { $0.value > 0 }) else { return nil }
            let values = written.map { UnitRange.shown($0.value) }
            var seen: Set<String> = []
            let listed = values.filter { seen.insert($0).inserted }.joined(separator: ", ")
            let scaled = written.filter { $0.value > 0 }.map { UnitRange.shown(($0.value * 100 * 1e6).rounded() / 1e6) }
            var seenScaled: Set<String> = []
            let examples = scaled.filter { seenScaled.insert($0).inserted }.joined(separator: ", ")
            return .warning(
                "percent_targets_as_fractions",
                LocalizedText(es: "todas las metas del indicador «\(indicator.id)» (unidad percent, de 0 a 100) son de 1 o menos (\(listed)): ¿están escritas como fracciones?",
                              en: "every goal of indicator '\(indicator.id)' (unit percent, 0 to 100) is 1 or less (\(listed)): are they written as fractions?"),
                at: first.range,
                help: LocalizedText(es: "si el indicador da una proporción de 0 a 1, use la unidad ratio; si da un porcentaje, escriba las metas de 0 a 100 (\(examples))",
                                    en: "if the indicator yields a share from 0 to 1, use the ratio unit; if it yields a percentage, write the goals from 0 to 100 (\(examples))"))
        }
    }
}
