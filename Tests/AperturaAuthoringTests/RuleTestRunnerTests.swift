import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

@Suite struct RuleTestRunnerTests {
    /// What CI runs: `apertura test Rules --require-full-coverage`.
    @Test func shippedRuleSetTestsPassWithFullCoverage() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Rules")])
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map { $0.rendered(.en) })")
        #expect(run.results.count == 8)  // 3 of the Métrica, 5 of the PAI (2 on request figures that contradict one another)
        for result in run.results where !result.passed {
            Issue.record("\(Fixtures.relative(result.range.description)) \(result.name): \(result.failures.map { $0.message.text(.en) })")
        }
        #expect(run.coverage.map(\.ruleSetID) == ["mga", "pai"])
        #expect(run.fullyCovered, "\(run.coverage.map { ($0.uncoveredRules, $0.uncoveredIndicators) })")
    }

    /// A misspelt path is an error that names it (exit 65), not a silent "no case ran".
    @Test func aPathThatDoesNotExistIsReported() {
        let missing = Fixtures.path("Rules/pia")
        let run = RuleTestRunner.run(paths: [missing, Fixtures.path("Tests/Fixtures/tests/path.tests.yaml")])
        #expect(run.diagnostics.map(\.code) == ["path_not_found"])
        #expect(run.diagnostics.first?.message.es == "no existe «\(missing)»")
        #expect(run.hasInvalidInput)
        #expect(run.results.count == 1)
    }

    @Test func failingCasesAreReportedAtTheirLines() throws {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/tests/failing.tests.yaml")])
        #expect(run.diagnostics.isEmpty)
        #expect(run.results.count == 2)
        #expect(run.failedCount == 1)
        let failed = try #require(run.results.first(where: { !$0.passed }))
        #expect(failed.failures.map(\.range.start.line) == [23, 24, 25, 27, 29])
        let text = Fixtures.relative(RuleTestRenderer.text(run, coverage: true, language: .es))
        #expect(text == (try Fixtures.golden("Tests/Fixtures/tests/failing.expected", actual: text)))
        // The places line up under both labels in each language: "FALLA" and "ok" padded to 7, "FAIL" and "ok" to 6.
        let english = Fixtures.relative(RuleTestRenderer.text(run, coverage: false, language: .en)).split(separator: "\n")
        #expect(english.prefix(2) == ["ok    Tests/Fixtures/tests/failing.tests.yaml:7 pasa", "FAIL  Tests/Fixtures/tests/failing.tests.yaml:16 falla"])
        let junit = RuleTestRenderer.junit(run, language: .en)
        #expect(junit.contains("tests=\"2\" failures=\"1\""))
        #expect(junit.contains("<failure message=\"&#39;tg_aprobatorio&#39;: expected not_met, got met (value 0.7)\">"))
    }

    /// A self-assessment given by path, judged under the bundled policy of its rule set.
    @Test func assessmentByPath() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/tests/path.tests.yaml")])
        #expect(run.diagnostics.isEmpty)
        #expect(run.results.count == 1)
        #expect(run.failedCount == 0, "\(run.results.flatMap(\.failures).map { $0.message.text(.en) })")
    }

    @Test func invalidTestFilesAreDiagnosed() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/tests/invalid.tests.yaml")])
        #expect(run.diagnostics.map(\.code) == ["missing_key", "unknown_key", "invalid_value"])
        #expect(run.hasInvalidInput)
        // No case ran because of those errors: the summary says so.
        #expect(RuleTestRenderer.text(run, coverage: false, language: .es).hasSuffix("no se ejecutó ninguna prueba: corrija los errores de arriba\n"))
    }

    @Test func noTestFound() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/explain")])
        #expect(run.results.isEmpty)
        #expect(run.diagnostics.isEmpty)
        #expect(RuleTestRenderer.text(run, coverage: false, language: .en).hasSuffix("no test ran: no *.tests.yaml files with cases under those paths\n"))
    }
}
