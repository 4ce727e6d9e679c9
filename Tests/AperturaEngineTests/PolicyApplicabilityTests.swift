import AperturaEngine
import AperturaModel
import Testing

/// A policy's applicability entries narrow rules as the rules' own `applies_to` does (FORMAT.md, "applicability:
/// narrow rules or whole objectives to some institutions"), including by a `when` condition.
@Suite struct PolicyApplicabilityTests {
    func evaluateMunicipio(policyTail: String) throws -> Evaluation {
        let evaluator = try Fixtures.evaluator(policy: try Fixtures.miniPolicy(appending: policyTail))
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
    }

    @Test func aFalsePolicyConditionLeavesTheRuleOut() throws {
        // M-1 has 100000 inhabitants: the condition is false, so r_share (met, 0.5 against 0.5) does not apply.
        let e = try evaluateMunicipio(policyTail: """
            applicability:
              - rules: [r_share]
                applies_to:
                  when: "institution.population >= 200000"

            """)
        // The policy's condition, not the rule's: the policy's exemption (with no reason given), not `conditionFalse`.
        #expect(e.outcomes.first(where: { $0.rule == "r_share" })?.outcome == .notApplicable(.policyExemption(reason: nil, phase: nil, source: nil)))
        // o1 keeps r_flag alone (credit 0): 0; o2 = 2/4 (r_r 0, r_when 1, r_check 1, r_err 0); overall 0.25.
        #expect(abs((e.score ?? -1) - 0.25) < 1e-12)
        // Plain ratio: r_when and r_check met of the 5 rules that still apply.
        #expect(e.ratio == 0.4)
    }
}
