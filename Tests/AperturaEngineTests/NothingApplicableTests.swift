import AperturaEngine
import AperturaModel
import Testing

/// When no rule applies to an institution there is nothing to score: the score, the plain ratio and the level are
/// undetermined (nil; REPORT.md: `score` "null when it cannot be determined"), never 0 nor a level, and there are no gaps.
@Suite struct NothingApplicableTests {
    @Test func noRuleApplyingLeavesScoreRatioAndLevelUndetermined() throws {
        // Both objectives of the mini rule set narrowed to federal institutions: nothing applies to M-1 (municipal).
        let policy = try Fixtures.miniPolicy(appending: """
            applicability:
              - objectives: [o1, o2]
                applies_to: {orders: [federal]}

            """)
        let evaluator = try Fixtures.evaluator(policy: policy)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let e = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        #expect(e.outcomes.allSatisfy { $0.outcome == .notApplicable(.policyExemption(reason: nil, phase: nil, source: nil)) })
        #expect(e.score == nil)
        #expect(e.ratio == nil)
        #expect(e.level == nil)
        #expect(e.gaps.isEmpty)
    }
}
