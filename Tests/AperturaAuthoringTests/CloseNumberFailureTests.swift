import AperturaAuthoring
import Testing

/// A failure between two numbers that round alike shows them in full: it used to say "expected 0.5, got 0.5".
@Suite struct CloseNumberFailureTests {
    @Test func numbersThatRoundAlikeAreShownInFull() throws {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/tests/close-numbers.tests.yaml")])
        let failures = try #require(run.results.first).failures
        #expect(failures.map(\.message.en) == ["ratio: expected 0.50001, got 0.5", "indicator 'share': expected 0.50002, got 0.5"])
        #expect(failures.map(\.message.es) == ["ratio: se esperaba 0.50001, resultó 0.5", "indicador «share»: se esperaba 0.50002, resultó 0.5"])
    }
}
