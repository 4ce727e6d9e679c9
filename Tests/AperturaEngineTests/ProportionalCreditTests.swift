import AperturaEngine
import AperturaModel
import Testing

/// `credit: proportional` (FORMAT.md): a rule not met earns `actual/target`, capped at 1, for a numeric goal of
/// an increasing indicator only; credit stays within 0 to 1; any other rule not met earns 0.
@Suite struct ProportionalCreditTests {
    /// The municipio (b.r = 0.4) in p1 under the mini policy made proportional, with the indicators edited.
    func evaluate(indicators old: String = "", _ new: String = "") throws -> Evaluation {
        let rules = old.isEmpty ? "\(Fixtures.mini)/rules" : try Fixtures.miniRules(editingIndicators: old, to: new)
        let policy = try Fixtures.miniPolicy(replacing: [("credit: binary", "credit: proportional")])
        let evaluator = try Fixtures.evaluator(rules: rules, policy: policy)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
    }

    func credit(_ e: Evaluation, _ rule: String) -> Double? {
        e.outcomes.first(where: { $0.rule.rawValue == rule })?.credit
    }

    @Test func anIncreasingGoalNotMetEarnsActualOverTarget() throws {
        // r_r: 0.4 against 0.6 earns 2/3.
        let e = try evaluate()
        #expect(abs((credit(e, "r_r") ?? -1) - 2.0 / 3.0) < 1e-12)
        // Partly credited is still not met: of o2's 4 applicable rules, r_when and r_check are met.
        let o2 = try #require(e.objectives.first { $0.objective == "o2" })
        #expect(o2.rulesApplicable == 4)
        #expect(o2.rulesMet == 2)
    }

    @Test func theGainOfAPartlyCreditedRuleIsWhatMeetingItAdds() throws {
        // o2 = (2/3 + 1 + 1 + 0) / 4 = 2/3 (r_r, r_when, r_check, r_err); met, r_r would make it 3/4. Two
        // objectives of weight 1: the overall score would rise by (3/4 - 2/3) / 2 = 1/24, not 1/8.
        let e = try evaluate()
        let gain = try #require(e.outcomes.first(where: { $0.rule == "r_r" })?.gain)
        #expect(abs(gain - 1.0 / 24.0) < 1e-12)
    }

    @Test func aDecreasingGoalNotMetEarnsNothing() throws {
        // With r decreasing, r_when (0.4 against at most 0.3) is not met: credit 0, not 0.4/0.3 capped to 1.
        // r_r (0.4 against at most 0.6) is met. o2: r_r 1, r_when 0, r_check 1, r_err 0 = 0.5.
        let e = try evaluate(indicators: "    value: b.r\n", "    value: b.r\n    direction: decrease\n")
        #expect(e.outcomes.first(where: { $0.rule == "r_when" })?.outcome.code == "not_met")
        #expect(credit(e, "r_when") == 0)
        #expect(abs((e.objectives.first { $0.objective == "o2" }?.score ?? -1) - 0.5) < 1e-12)
    }

    @Test func aNegativeValueEarnsNoNegativeCredit() throws {
        // r = 0.4 - 0.5 = -0.1: against 0.6 (r_r) and 0.3 (r_when), -0.1/0.6 and -0.1/0.3 are floored at 0.
        // o2: r_r 0, r_when 0, r_check 1, r_err 0 = 0.25.
        let e = try evaluate(indicators: "    value: b.r\n", "    value: b.r - 0.5\n")
        #expect(credit(e, "r_r") == 0)
        #expect(credit(e, "r_when") == 0)
        #expect(abs((e.objectives.first { $0.objective == "o2" }?.score ?? -1) - 0.25) < 1e-12)
    }
}
