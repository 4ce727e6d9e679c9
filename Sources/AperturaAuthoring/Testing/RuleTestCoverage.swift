public import AperturaModel

/// Which rules and indicators of a rule set the cases exercise. A rule is exercised when a case
/// states its expected outcome; an indicator, when a case states its value, or states that a rule on
/// it is met, not met or missing evidence (outcomes that need its value).
public struct RuleTestCoverage: Hashable, Sendable {
    public var rules: String
    public var ruleSetID: String
    public var uncoveredRules: [RuleID]
    public var uncoveredIndicators: [IndicatorID]
    public var ruleCount: Int
    public var indicatorCount: Int

    public init(rules: String, ruleSetID: String, uncoveredRules: [RuleID], uncoveredIndicators: [IndicatorID], ruleCount: Int, indicatorCount: Int) {
        self.rules = rules
        self.ruleSetID = ruleSetID
        self.uncoveredRules = uncoveredRules
        self.uncoveredIndicators = uncoveredIndicators
        self.ruleCount = ruleCount
        self.indicatorCount = indicatorCount
    }

    /// Whether every rule and indicator is exercised.
    public var isFull: Bool { uncoveredRules.isEmpty && uncoveredIndicators.isEmpty }

    static func compute(ruleSet: RuleSet, rules: String, cases: [RuleTestCase]) -> RuleTestCoverage {
        var coveredRules = Set<RuleID>()
        var coveredIndicators = Set<IndicatorID>()
        let rulesByID = firstByID(ruleSet.rules, \.id)
        for testCase in cases {
            for (rule, expected) in testCase.outcomes {
                coveredRules.insert(rule)
                if ["met", "not_met", "missing_evidence"].contains(expected.value), let indicator = rulesByID[rule]?.indicator {
                    coveredIndicators.insert(indicator)
                }
            }
            for (indicator, _) in testCase.indicators { coveredIndicators.insert(indicator) }
        }
        return RuleTestCoverage(
            rules: rules, ruleSetID: ruleSet.info.id,
            uncoveredRules: ruleSet.rules.map(\.id).filter { !coveredRules.contains($0) },
            uncoveredIndicators: ruleSet.indicators.map(\.id).filter { !coveredIndicators.contains($0) },
            ruleCount: ruleSet.rules.count, indicatorCount: ruleSet.indicators.count)
    }
}
