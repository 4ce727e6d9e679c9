import AperturaModel

/// The scoring model of FORMAT.md: credit per rule, weighted mean per objective, weighted mean of
/// objectives; and for each rule that is not met, what meeting it would add to the overall score.
struct Scorer {
    let policy: Policy
    let ruleSet: RuleSet

    func credit(_ outcome: RuleOutcome) -> Double? {
        switch outcome.outcome {
        case .notApplicable: return nil
        case .met: return 1
        case .notMet(let gap):
            guard policy.scoring.credit == .proportional, case .number(let actual) = gap.actual, case .number(let target) = gap.target,
                let direction = outcome.indicator.flatMap(ruleSet.indicator)?.direction, direction == .increase, target > 0
            else { return 0 }
            return min(max(actual / target, 0), 1)
        case .notReported, .missingEvidence, .error: return 0
        }
    }

    func objectiveWeight(_ id: ObjectiveID) -> Double { policy.scoring.objectiveWeights[id] ?? 1 }

    /// Sets each outcome's credit and gain; returns the objective scores in the rule set's order.
    func apply(to outcomes: inout [RuleOutcome]) -> [ObjectiveScore] {
        for index in outcomes.indices { outcomes[index].credit = credit(outcomes[index]) }
        // Objectives no rule serves (parents of specific objectives) have no score of their own.
        let served = Set(ruleSet.rules.map(\.objective))
        let scores: [ObjectiveScore] = ruleSet.objectives.filter { served.contains($0.id) }.map { objective in
            let mine = outcomes.filter { $0.objective == objective.id && $0.credit != nil }
            let total = mine.reduce(0) { $0 + $1.weight }
            let score = total > 0 ? mine.reduce(0) { $0 + $1.weight * ($1.credit ?? 0) } / total : nil
            return ObjectiveScore(objective: objective.id, score: score, weight: objectiveWeight(objective.id),
                                  rulesApplicable: mine.count, rulesMet: mine.count(where: \.outcome.isMet))
        }
        let totalObjectiveWeight = scores.filter { $0.score != nil }.reduce(0) { $0 + $1.weight }
        var ruleWeights: [ObjectiveID: Double] = [:]
        for outcome in outcomes where outcome.credit != nil { ruleWeights[outcome.objective, default: 0] += outcome.weight }
        for index in outcomes.indices {
            guard let credit = outcomes[index].credit, credit < 1, totalObjectiveWeight > 0,
                let weights = ruleWeights[outcomes[index].objective] else { continue }
            let objective = outcomes[index].objective
            outcomes[index].gain = objectiveWeight(objective) / totalObjectiveWeight * outcomes[index].weight * (1 - credit) / weights
        }
        return scores
    }

    /// Σ W_o s_o / Σ W_o over objectives with at least one applicable rule.
    func overall(_ scores: [ObjectiveScore]) -> Double? {
        let scored = scores.filter { $0.score != nil }
        let total = scored.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        return scored.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / total
    }
}
