import AperturaAuthoring
import Testing

/// A policy naming a rule set that is not found gets the closest rule set of the run (or bundled) as "did you mean".
@Suite struct UnknownRuleSetSuggestionTests {
    @Test func aMisspeltRuleSetOfTheRunIsSuggested() throws {
        let policy = try Fixtures.editedMiniPolicy([("rule_set: mini\n", "rule_set: minni\n")])
        let result = Fixtures.lintWithMiniRules(policy)
        let found = try #require(result.diagnostics.first { $0.code == "unknown_rule_set" })
        #expect(found.help?.es == "¿quiso decir «mini»?")
        #expect(found.help?.en == "did you mean 'mini'?")
    }

    @Test func nothingCloseKeepsTheAdviceToPassTheFolder() throws {
        let policy = try Fixtures.editedMiniPolicy([("rule_set: mini\n", "rule_set: otro_distinto\n")])
        let result = Fixtures.lintWithMiniRules(policy)
        let found = try #require(result.diagnostics.first { $0.code == "unknown_rule_set" })
        #expect(found.help?.es == "incluya su carpeta en los argumentos de lint")
    }
}
