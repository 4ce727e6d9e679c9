import AperturaLoader
import Testing

/// A folder of rule sets given where one rule set is wanted (`--rules Rules`): one error naming them, not
/// dozens of unknown references from reading them as one.
@Suite struct FolderOfRuleSetsTests {
    @Test func aFolderOfRuleSetsIsSaidToBeOne() {
        let rules = Fixtures.path("Rules")
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: rules + "/")
        #expect(ruleSet == nil)
        #expect(diagnostics.items.map(\.code) == ["rules_not_found"])
        #expect(diagnostics.items.first?.message.text(.en) == "'\(rules)/' holds several rule sets ('\(rules)/mga', '\(rules)/pai'), it is not one")
        #expect(diagnostics.items.first?.help?.text(.en) == "give the folder of one of them")
    }
}
