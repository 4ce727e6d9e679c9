import AperturaAuthoring
import AperturaSource
import Testing

/// A failed score or ratio expectation names a missing value in the message's own language: "ninguno" in
/// Spanish, "none" in English (it used to say "ninguno" in both).
@Suite struct RuleTestNoneTests {
    @Test func aMissingValueIsNamedInEachLanguage() throws {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/tests/no-score.tests.yaml")])
        #expect(run.diagnostics.isEmpty)
        let failures = try #require(run.results.first).failures
        #expect(failures.map(\.range.start.line) == [12])
        #expect(failures.map(\.message.es) == ["ratio: se esperaba ninguno, resultó 0.5"])
        #expect(failures.map(\.message.en) == ["ratio: expected none, got 0.5"])
    }
}
