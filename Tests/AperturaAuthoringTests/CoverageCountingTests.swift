import AperturaAuthoring
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// What `--coverage` counts (docs/TESTING.md): a rule is exercised when a case states its outcome; an
/// indicator when a case states its value, or states `met`, `not_met` or `missing_evidence` for a rule on
/// it, but not `not_reported` or `not_applicable`, which need no value. Full coverage needs every rule
/// and every indicator. The mini rules: r_flag (flag), r_share (share), r_r (r), r_when (r), r_p2only
/// (share), r_check (no indicator), r_err (broken); indicators flag, share, r, doubled, broken, after_broken.
@Suite struct CoverageCountingTests {
    private func run(expect: String) throws -> RuleTestRun {
        let file = try Fixtures.temporaryDirectory() + "/mini.tests.yaml"
        try Fixtures.write("""
            \(Fixtures.miniTestsHead)
              - name: cobertura
                assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                expect: \(expect)

            """, to: file)
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map { $0.rendered(.en) })")
        return run
    }

    @Test func whichOutcomesExerciseTheIndicatorOfTheirRule() throws {
        // missing_evidence on r_flag needs flag's value; not_reported on r_r does not need r's; doubled is stated.
        let run = try run(expect: "{outcomes: {r_flag: missing_evidence, r_r: not_reported}, indicators: {doubled: 0.8}}")
        let coverage = try #require(run.coverage.first)
        #expect(run.coverage.count == 1)
        // Grouped by objective (o1: r_flag, r_share, r_p2only; o2: r_r, r_when, r_check, r_err), each in rules.yaml's order.
        #expect(coverage.uncoveredRules == ["r_share", "r_p2only", "r_when", "r_check", "r_err"].map { RuleID($0) })
        #expect(coverage.uncoveredIndicators == ["share", "r", "broken", "after_broken"].map { IndicatorID($0) })
        #expect((coverage.ruleCount, coverage.indicatorCount) == (7, 6))
        let text = RuleTestRenderer.text(run, coverage: true, language: .en)
        #expect(text.contains("): 2/7 rules, 2/6 indicators\n"))
        #expect(text.contains("  untested rule: r_share\n  untested rule: r_p2only\n  untested rule: r_when\n  untested rule: r_check\n  untested rule: r_err\n"
            + "  untested indicator: share\n  untested indicator: r\n  untested indicator: broken\n  untested indicator: after_broken\n"))
    }

    @Test func everyRuleWithoutEveryIndicatorIsNotFullCoverage() throws {
        let rules = ["r_flag", "r_share", "r_r", "r_when", "r_p2only", "r_check", "r_err"]
        let run = try run(expect: "{outcomes: {\(rules.map { "\($0): not_applicable" }.joined(separator: ", "))}}")
        #expect(run.coverage.first?.uncoveredRules == [])
        #expect(run.coverage.first?.uncoveredIndicators.count == 6)
        #expect(!run.fullyCovered)
    }
}
