import AperturaAuthoring
import AperturaSource
import Testing

/// The summary lines put their nouns in the right number: "1 error", not "1 errors"; "1 caso: 1 pasa".
@Suite struct SummaryNumberTests {
    @Test func lintSummaryOfOne() {
        let result = LintResult(checked: ["Rules/x"], ruleSetCount: 1, diagnostics: [
            .error("unknown_key", LocalizedText(es: "e", en: "e"), at: nil),
            .warning("missing_translation", LocalizedText(es: "w", en: "w"), at: nil),
        ])
        #expect(LintRenderer.text(result, language: .en).hasSuffix("\n1 rule set checked: 1 error, 1 warning\n"))
        #expect(LintRenderer.text(result, language: .es).hasSuffix("\n1 conjunto de reglas revisado: 1 error, 1 advertencia\n"))
    }

    /// The summary says what was checked, rule sets and policies, and in Spanish its participle agrees with them:
    /// feminine when only policies, masculine plural for a mix.
    @Test func lintSummarySaysWhatWasChecked() {
        func line(_ ruleSets: Int, _ policies: Int, _ language: Language) -> String {
            let checked = (0..<ruleSets).map { "Rules/r\($0)" } + (0..<policies).map { "p\($0).yaml" }
            let text = LintRenderer.text(LintResult(checked: checked, ruleSetCount: ruleSets, diagnostics: []), language: language)
            return String(text.dropLast().prefix { $0 != ":" })
        }
        #expect(line(2, 2, .es) == "2 conjuntos de reglas y 2 políticas revisados")
        #expect(line(1, 1, .es) == "1 conjunto de reglas y 1 política revisados")
        #expect(line(2, 0, .es) == "2 conjuntos de reglas revisados")
        #expect(line(0, 1, .es) == "1 política revisada")
        #expect(line(0, 3, .es) == "3 políticas revisadas")
        #expect(line(0, 0, .es) == "nada revisado")
        #expect(line(2, 1, .en) == "2 rule sets and 1 policy checked")
        #expect(line(0, 2, .en) == "2 policies checked")
        #expect(line(0, 0, .en) == "nothing checked")
    }

    @Test func testSummaryOfOne() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Tests/Fixtures/tests/order.tests.yaml")])
        #expect(RuleTestRenderer.text(run, coverage: false, language: .es).hasSuffix("1 caso: 0 pasan, 1 falla\n"))
        #expect(RuleTestRenderer.text(run, coverage: false, language: .en).hasSuffix("1 case: 0 passed, 1 failed\n"))
    }
}
