public import AperturaModel
public import AperturaEngine

/// The fixed shape of every result of a run: which rules, objectives and indicators, in which order.
/// Computed once from the rule set and policy, so results are compact arrays.
public struct BatchLayout: Sendable {
    public let rules: [Rule]
    /// Objectives that have at least one rule, in the rule set's order: the score columns.
    public let objectives: [Objective]
    public let indicators: [Indicator]
    public let levels: [ComplianceLevel]
    let ruleIndex: [RuleID: Int]
    let objectiveIndex: [ObjectiveID: Int]
    let indicatorIndex: [IndicatorID: Int]
    /// The evaluator's indicator order, and for each column where its result stands in it: results
    /// are then read by position, not looked up by id.
    let evaluatorIndicators: IndicatorIndex
    let indicatorPositions: [Int?]

    public init(evaluator: Evaluator) {
        self.init(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, indicatorIndex: evaluator.compiled.indicatorIndex)
    }

    init(ruleSet: RuleSet, policy: Policy, indicatorIndex evaluatorIndicators: IndicatorIndex) {
        rules = ruleSet.rules
        let used = Set(ruleSet.rules.map(\.objective))
        objectives = ruleSet.objectives.filter { used.contains($0.id) }
        indicators = ruleSet.indicators
        levels = policy.levels
        ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        objectiveIndex = Dictionary(uniqueKeysWithValues: objectives.enumerated().map { ($1.id, $0) })
        indicatorIndex = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        self.evaluatorIndicators = evaluatorIndicators
        indicatorPositions = indicators.map { evaluatorIndicators.position(of: $0.id) }
    }

    /// The compact result of one evaluation.
    public func result(of evaluation: Evaluation, line: Int, report: String?) -> InstitutionResult {
        // Outcomes and objective scores come in the rule set's order: the position is tried first, and
        // the id looked up only when it does not match.
        var codes = [OutcomeCode](repeating: .notApplicable, count: rules.count)
        var gaps = 0
        for position in evaluation.outcomes.indices {
            let rule = evaluation.outcomes[position].rule
            let code = OutcomeCode(evaluation.outcomes[position].outcome)
            if code != .met && code != .notApplicable && code != .waived { gaps += 1 }
            let i = position < rules.count && rules[position].id == rule ? position : ruleIndex[rule]
            if let i { codes[i] = code }
        }
        var objectiveScores = [Double?](repeating: nil, count: objectives.count)
        for (position, score) in evaluation.objectives.enumerated() {
            let i = position < objectives.count && objectives[position].id == score.objective ? position : objectiveIndex[score.objective]
            if let i { objectiveScores[i] = score.score }
        }
        var values = [Double?](repeating: nil, count: indicators.count)
        let results = evaluation.indicators
        let samePositions = results.index === evaluatorIndicators
        // By index: enumerating would copy each indicator, with all its strings, for every result.
        for i in indicators.indices {
            let result = samePositions ? indicatorPositions[i].map { results.ordered[$0] } : results[indicators[i].id]
            switch result?.value {
            case .bool(let b)?: values[i] = b ? 1 : 0
            case .number(let x)?: values[i] = x
            case nil: break
            }
        }
        return InstitutionResult(
            file: evaluation.file, line: line, institution: evaluation.institution, score: evaluation.score,
            ratio: evaluation.ratio, level: evaluation.level, quadrant: evaluation.quadrant, objectiveScores: objectiveScores,
            gapCount: gaps, outcomes: codes, indicatorValues: values, report: report)
    }
}
