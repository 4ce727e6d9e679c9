import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// Lint messages quote ids the way their language does: «x» in Spanish, 'x' in English. The English
/// messages of goal_regression and missing_translation used to keep the Spanish «».
@Suite struct LintQuotingTests {
    @Test func ruleSetMessagesQuoteIdsPerLanguage() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        // r_share's goal falls from 0.5 (p1) to 0.3 (p2); r_flag's name is given in Spanish only.
        let rules = try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [
            ("        target: 0.8", "        target: 0.3"),
            ("name: {es: Bandera con acta, en: Flag with minutes}", "name: Bandera con acta"),
        ])
        try Fixtures.write(rules, to: dir + "/rules/rules.yaml")
        let found = Linter.lint(paths: [dir + "/rules"]).diagnostics.filter { ["goal_regression", "missing_translation"].contains($0.code) }
        #expect(found.map(\.message.en) == [
            "the English text (en) of 'r_flag'.name is missing",
            "the goal of 'r_share' goes back from 0.5 (p1) to 0.3 (p2): the indicator should grow",
        ])
        #expect(found.map(\.message.es) == [
            "falta el texto en inglés (en) de «r_flag».name",
            "la meta de «r_share» retrocede de 0.5 (p1) a 0.3 (p2): el indicador debería crecer",
        ])
    }

    @Test func policyMessagesQuoteIdsPerLanguage() throws {
        let file = try Fixtures.editedMiniPolicy([("name: {es: Alto, en: High}", "name: Alto")])
        let found = Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "missing_translation" }
        #expect(found.map(\.message.en) == ["the English text (en) of 'alto'.name is missing"])
        #expect(found.map(\.message.es) == ["falta el texto en inglés (en) de «alto».name"])
    }
}
