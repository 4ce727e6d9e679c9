import AperturaBatch
import AperturaModel
import Foundation
import Testing

/// `top_gaps` on the mini rule set, worked out by hand from the outcomes EvaluatorTests checks (BATCH.md: rules
/// most often not met, not reported, missing evidence or in error; ties by rule id; a rule no institution failed
/// is not listed; `share` = count / institutions the rule applies to).
@Suite struct TopGapsTests {
    @Test func topGapsCountOnlyFailuresAndShareThemAmongInstitutionsTheRuleAppliesTo() throws {
        let mini = Fixtures.root + "/Tests/Fixtures/mini"
        let out = Fixtures.temporaryDirectory("top-gaps-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [mini + "/municipio.yaml", mini + "/partido.yaml"], outputDirectory: out,
                                                      rules: mini + "/rules", policy: mini + "/policy.yaml", asOf: Fixtures.asOf, jobs: 1))
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 2)
        // In p1 (2026-06-30):
        // - municipio: r_flag missing evidence, r_r not met, r_err error; r_share, r_when, r_check met; r_p2only n/a.
        // - partido: r_flag, r_share not met, r_when not reported, r_err error; r_check met; r_r (out of scope)
        //   and r_p2only n/a.
        // r_check failed nowhere and r_p2only applies nowhere: neither is listed.
        #expect(summary.topGaps.map(\.rule) == ["r_err", "r_flag", "r_r", "r_share", "r_when"])
        #expect(summary.topGaps.map(\.count) == [2, 2, 1, 1, 1])
        // r_r applies to the municipio alone: 1 of 1, not 1 of the 2 institutions.
        #expect(summary.topGaps.map(\.share) == [1, 1, 1, 0.5, 0.5])
    }
}
