import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// A rule is judged in this order: waived, out of scope, condition, phase, then its goal or check (Evaluator+Judge);
/// so a rule waived for an institution reads "waived until" even where it would not apply anyway, and the report
/// names the waiver the authority granted.
@Suite struct WaiverPrecedenceTests {
    @Test func aWaiverIsJudgedBeforeScopeConditionAndPhase() throws {
        let policy = try Fixtures.miniPolicy(appending: """
            waivers:
              - institution: P-1
                rules: [r_r, r_when, r_p2only]
                until: 2026-12-31
                reason: {es: Prueba, en: Test}

            """)
        let evaluator = try Fixtures.evaluator(policy: policy)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/partido.yaml", ruleSet: evaluator.compiled.ruleSet)
        let e = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        let waived = Outcome.notApplicable(.waived(until: Fixtures.day("2026-12-31"), reason: LocalizedText(es: "Prueba", en: "Test"), source: nil))
        // r_r is for municipios only (P-1 is a party); r_when's condition reads a population P-1 does not give
        // (not reported without the waiver); r_p2only sets no goal in p1.
        for rule in ["r_r", "r_when", "r_p2only"] {
            #expect(e.outcomes.first { $0.rule.rawValue == rule }?.outcome == waived, "\(rule)")
        }
    }
}
