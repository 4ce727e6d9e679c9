import AperturaAuthoring
import AperturaSource
import Testing

/// The summary lines put their nouns in the right number: "1 error", not "1 errors"; "1 caso: 1 pasa".
@Suite struct SummaryNumberTests {
    @Test func lintSummaryOfOne() {
        let result = LintResult(checked: ["Rules/x"], diagnostics: [
            .error("unknown_key", LocalizedText(es: "e", en: "e"), at: nil),
            .warning("missing_translation", LocalizedText(es: "w", en: "w"), at: nil),
        ])
        #expect(LintRenderer.text(result, language: .en).hasSuffix("\n1 checked: 1 error, 1 warning\n"))
        #expect(LintRenderer.text(result, language: .es).hasSuffix("\n1 revisado: 1 error, 1 advertencia\n"))
    }

    @Test func testSummaryOfOne() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/tests/order.tests.yaml")])
        #expect(RuleTestRenderer.text(run, coverage: false, language: .es).hasSuffix("1 caso: 0 pasan, 1 falla\n"))
        #expect(RuleTestRenderer.text(run, coverage: false, language: .en).hasSuffix("1 case: 0 passed, 1 failed\n"))
    }
}
