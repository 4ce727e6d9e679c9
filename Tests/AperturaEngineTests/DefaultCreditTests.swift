import AperturaEngine
import AperturaModel
import Testing

/// A policy that does not say how rules earn credit gives binary credit (FORMAT.md: `credit: binary |
/// proportional`, binary first; "A rule counts 1 when met, 0 otherwise"): a partly reached goal earns nothing.
@Suite struct DefaultCreditTests {
    @Test func withoutCreditARuleNotMetEarnsNothing() throws {
        let policy = try Fixtures.miniPolicy(replacing: [("  credit: binary\n", "")])
        let evaluator = try Fixtures.evaluator(policy: policy)
        #expect(evaluator.policy.scoring.credit == .binary)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let e = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        // r_r: 0.4 against 0.6 earns 0 (0.4/0.6 under proportional credit).
        #expect(e.outcomes.first { $0.rule == "r_r" }?.credit == 0)
        // As with `credit: binary` written: o1 = 1/3, o2 = 2/4, overall 5/12.
        #expect(abs((e.score ?? -1) - 5.0 / 12.0) < 1e-12)
    }
}
