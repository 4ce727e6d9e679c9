import AperturaModel

/// The scoring model of FORMAT.md: credit per rule, weighted mean per objective, weighted mean of
/// objectives; and for each rule that is not met, what meeting it would add to the overall score.
///
/// Built once per evaluator: the lookups by objective and by indicator are resolved into tables
/// indexed by rule position, so scoring one self-assessment is one pass over its outcomes, with no
/// dictionary, no filtering and no copy of the outcomes. Sums run in rule order, as the model states.
struct Scorer: Sendable {
    let policy: Policy
    /// Objectives with rules (parents of specific objectives have no score of their own), in the rule
    /// set's order; each names its slot in the per-objective sums.
    let scored: [(id: ObjectiveID, slot: Int)]
    /// For each rule, in evaluation order: the slot of its objective.
    let ruleSlots: [Int]
    /// For each rule: the direction of its indicator (nil for checks or an unknown indicator).
    let ruleDirections: [Indicator.Direction?]
    /// For each slot: the objective's weight in the policy.
    let slotWeights: [Double]

    init(policy: Policy, ruleSet: RuleSet, rules: [Rule]) {
        self.policy = policy
        var slots: [ObjectiveID: Int] = [:]
        var weights: [Double] = []
        func slot(_ id: ObjectiveID) -> Int {
            if let slot = slots[id] { return slot }
            slots[id] = weights.count
            weights.append(policy.scoring.objectiveWeights[id] ?? 1)
            return weights.count - 1
        }
        let served = Set(ruleSet.rules.map(\.objective))
        scored = ruleSet.objectives.filter { served.contains($0.id) }.map { ($0.id, slot($0.id)) }
        // A rule's objective is normally among those above; any other still gets a slot of its own
        // (it has a weight and gains, but no score of its own).
        ruleSlots = rules.map { slot($0.objective) }
        // Looked up through one table (the first indicator of an id, as `RuleSet.indicator` finds it), not by
        // scanning the indicators for every rule.
        let directions = Dictionary(ruleSet.indicators.map { ($0.id, $0.direction) }, uniquingKeysWith: { first, _ in first })
        ruleDirections = rules.map { rule in rule.indicator.flatMap { directions[$0] } }
        slotWeights = weights
    }

    func credit(_ outcome: borrowing RuleOutcome, direction: Indicator.Direction?) -> Double? {
        switch outcome.outcome {
        case .notApplicable: return nil
        case .met: return 1
        case .notMet(let gap):
            guard policy.scoring.credit == .proportional, case .number(let actual) = gap.actual, case .number(let target) = gap.target,
                let direction, direction == .increase, target > 0
            else { return 0 }
            return min(max(actual / target, 0), 1)
        case .notReported, .missingEvidence, .error: return 0
        }
    }

    /// Sets each outcome's credit and gain; returns the objective scores in the rule set's order.
    func apply(to outcomes: inout [RuleOutcome]) -> [ObjectiveScore] {
        var weight = [Double](repeating: 0, count: slotWeights.count)
        var weightedCredit = [Double](repeating: 0, count: slotWeights.count)
        var applicable = [Int](repeating: 0, count: slotWeights.count)
        var met = [Int](repeating: 0, count: slotWeights.count)
        for index in outcomes.indices {
            let credit = credit(outcomes[index], direction: ruleDirections[index])
            outcomes[index].credit = credit
            guard let credit else { continue }
            let slot = ruleSlots[index], ruleWeight = outcomes[index].weight
            weight[slot] += ruleWeight
            weightedCredit[slot] += ruleWeight * credit
            applicable[slot] += 1
            if outcomes[index].outcome.isMet { met[slot] += 1 }
        }
        let scores = scored.map { id, slot in
            ObjectiveScore(objective: id, score: weight[slot] > 0 ? weightedCredit[slot] / weight[slot] : nil, weight: slotWeights[slot],
                           rulesApplicable: applicable[slot], rulesMet: met[slot])
        }
        let totalObjectiveWeight = scores.filter { $0.score != nil }.reduce(0) { $0 + $1.weight }
        for index in outcomes.indices {
            let slot = ruleSlots[index]
            guard let credit = outcomes[index].credit, credit < 1, totalObjectiveWeight > 0 else { continue }
            outcomes[index].gain = slotWeights[slot] / totalObjectiveWeight * outcomes[index].weight * (1 - credit) / weight[slot]
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
