import AperturaEngine
import AperturaModel
import Testing

/// A policy's applicability entries narrow rules or whole objectives by order and kind (FORMAT.md: "narrow rules
/// or whole objectives to some institutions"; "All given conditions must hold"), on top of the rule's own
/// `applies_to`: every entry that covers a rule must admit the institution. A rule an entry leaves out is the
/// policy's exemption (`policyExemption`), not the rule's own scope (`outOfScope`), so that the report says the
/// policy's reason rather than "not for this kind of institution".
@Suite struct PolicyScopeByIdentityTests {
    /// What an entry with no reason, phases or source makes of a rule it leaves out.
    let exempted = Outcome.notApplicable(.policyExemption(reason: nil, phase: nil, source: nil))

    /// M-1 (municipio, municipal, 100000 inhabitants) under the mini policy with `tail` appended, in p1.
    func evaluateMunicipio(policyTail: String) throws -> Evaluation {
        let evaluator = try Fixtures.evaluator(policy: try Fixtures.miniPolicy(appending: policyTail))
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
    }

    func outcome(_ e: Evaluation, _ rule: String) -> Outcome? {
        e.outcomes.first(where: { $0.rule.rawValue == rule })?.outcome
    }

    @Test func anEntryByKindLeavesOtherKindsOut() throws {
        let e = try evaluateMunicipio(policyTail: """
            applicability:
              - rules: [r_share]
                applies_to: {kinds: [partido]}

            """)
        // r_share (met: 0.5 against 0.5) is for parties only: a municipio is out of its scope.
        #expect(outcome(e, "r_share") == exempted)
        // Rules the entry does not name are judged as usual.
        #expect(outcome(e, "r_flag") == .missingEvidence(fields: ["a.acta"]))
    }

    @Test func anEntryByObjectiveCoversEveryRuleOfIt() throws {
        let e = try evaluateMunicipio(policyTail: """
            applicability:
              - objectives: [o1]
                applies_to: {orders: [federal, estatal]}

            """)
        // o1 holds r_flag, r_share and r_p2only: none is for a municipal institution.
        #expect(outcome(e, "r_flag") == exempted)
        #expect(outcome(e, "r_share") == exempted)
        #expect(outcome(e, "r_p2only") == exempted)
        // o2 is untouched: r_r 0.4 against 0.6 is still short.
        #expect(outcome(e, "r_r")?.code == "not_met")
        // o1 has no rule that applies (no score); overall = o2 alone = (r_r 0, r_when 1, r_check 1, r_err 0) / 4.
        #expect(e.objectives.first { $0.objective == "o1" }?.score == nil)
        #expect(abs((e.score ?? -1) - 0.5) < 1e-12)
        // Plain ratio: r_when and r_check met of the 4 o2 rules that apply.
        #expect(e.ratio == 0.5)
    }

    @Test func everyEntryThatCoversARuleMustAdmitTheInstitution() throws {
        // The first entry admits M-1 (municipal), the second (parties only) does not: r_share is out of scope.
        let one = try evaluateMunicipio(policyTail: """
            applicability:
              - rules: [r_share]
                applies_to: {orders: [municipal]}
              - objectives: [o1]
                applies_to: {kinds: [partido]}

            """)
        #expect(outcome(one, "r_share") == exempted)
        // Both admit it: r_share is judged (0.5 reaches 0.5).
        let both = try evaluateMunicipio(policyTail: """
            applicability:
              - rules: [r_share]
                applies_to: {orders: [municipal]}
              - objectives: [o1]
                applies_to: {kinds: [municipio]}

            """)
        #expect(outcome(both, "r_share") == .met)
    }
}
