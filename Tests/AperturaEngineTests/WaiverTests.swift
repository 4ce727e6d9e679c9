import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// Waivers judged on the mini rule set: FORMAT.md says a waiver holds "while the as-of date is on or before
/// its `until`", for the institution and the rules it names only, and a waived rule is left out of the score.
@Suite struct WaiverTests {
    /// The mini policy with `waivers` appended; the municipio (M-1) evaluated on `asOf`.
    func evaluate(waivers: String, asOf: String) throws -> Evaluation {
        let evaluator = try Fixtures.evaluator(policy: try Fixtures.miniPolicy(appending: "waivers:\n" + waivers))
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day(asOf))
    }

    func waiver(institution: String, rules: String, until: String) -> String {
        """
          - institution: \(institution)
            rules: [\(rules)]
            until: \(until)
            reason: {es: Prueba, en: Test}

        """
    }

    func outcome(_ e: Evaluation, _ rule: String) -> Outcome? {
        e.outcomes.first(where: { $0.rule.rawValue == rule })?.outcome
    }

    @Test func aWaiverHoldsOnItsUntilDateAndNotTheDayAfter() throws {
        let w = waiver(institution: "M-1", rules: "r_r", until: "2026-06-30")
        let on = try evaluate(waivers: w, asOf: "2026-06-30")
        #expect(outcome(on, "r_r") == .notApplicable(.waived(until: Fixtures.day("2026-06-30"), reason: LocalizedText(es: "Prueba", en: "Test"), source: nil)))
        // r_r left out: o1 = 1/3 (r_flag w2 credit 0, r_share 1); o2 = r_when 1, r_check 1, r_err 0 = 2/3;
        // overall (1/3 + 2/3) / 2 = 0.5, at least 0.5: "medio" (without the waiver it is 5/12, "bajo").
        #expect(abs((on.score ?? -1) - 0.5) < 1e-12)
        #expect(on.level == "medio")
        // The day after: b.r = 0.4 against 0.6 is not met again.
        let after = try evaluate(waivers: w, asOf: "2026-07-01")
        #expect(outcome(after, "r_r")?.code == "not_met")
    }

    @Test func aWaiverCoversOnlyItsInstitutionAndItsRules() throws {
        // P-1's waiver of r_r, and M-1's waiver of r_flag, leave M-1's r_r as it is: 0.4 against 0.6.
        let e = try evaluate(waivers: waiver(institution: "P-1", rules: "r_r", until: "2026-12-31")
                                 + waiver(institution: "M-1", rules: "r_flag", until: "2026-12-31"), asOf: "2026-06-30")
        #expect(outcome(e, "r_r")?.code == "not_met")
        // M-1's own waiver of r_flag holds: named `waived`, not `not_applicable` (the rule applies; it is set aside).
        #expect(outcome(e, "r_flag")?.code == "waived")
    }
}
