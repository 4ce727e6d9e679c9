import AperturaAuthoring
import AperturaModel
import Testing

/// A rule set under the paths that no test file tests still counts for coverage, with every rule and
/// indicator untested: `--require-full-coverage` must not pass because its tests were never written.
@Suite struct UntestedRuleSetCoverageTests {
    @Test func aRuleSetWithoutTestFilesIsEntirelyUncovered() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/mini/rules")])
        #expect(run.results.isEmpty)
        #expect(run.diagnostics.isEmpty)
        #expect(run.coverage.map(\.ruleSetID) == ["mini"])
        // By objective, as rules are listed everywhere: o1's (r_flag, r_share, r_p2only), then o2's, in rules.yaml's order.
        #expect(run.coverage.first?.uncoveredRules == ["r_flag", "r_share", "r_p2only", "r_r", "r_when", "r_check", "r_err"].map { RuleID($0) })
        #expect(run.coverage.first?.uncoveredIndicators.count == 6)
        #expect(!run.fullyCovered)
    }
}
