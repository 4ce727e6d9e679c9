import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// What an author passes to `lint` while editing: one file or subfolder of a rule set lints the whole rule
/// set (its references cross files); a self-assessment is pointed to `validate` instead of read as a policy.
@Suite struct LintTargetTests {
    @Test func aFileOrSubfolderOfARuleSetLintsTheRuleSet() {
        let pai = Fixtures.path("Rules/pai")
        for path in ["Rules/pai/rules/participacion.yaml", "Rules/pai/indicators", "Rules/pai/pai.tests.yaml", "Rules/pai/ruleset.yaml"] {
            let targets = LintTargets.find(in: [Fixtures.path(path)])
            #expect(targets.ruleSets == [pai], "\(path)")
            #expect(targets.policies.isEmpty, "\(path)")
        }
        // Given twice (the folder and one of its files), it is linted once.
        #expect(LintTargets.find(in: [pai, Fixtures.path("Rules/pai/form.yaml")]).ruleSets == [pai])
        let result = Linter.lint(paths: [Fixtures.path("Rules/pai/rules/participacion.yaml")])
        #expect(result.diagnostics.filter(\.isError).isEmpty, "\(result.diagnostics.map { $0.rendered(.en) })")
    }

    /// A rule file left in a folder above (a copy of `form.yaml` in the working folder) does not make that folder
    /// a rule set to lint: linting `pols/` used to lint its parent as a broken rule set ("no file declares kind:
    /// ruleset") and read the policy in `pols/` as one of its rule files.
    @Test func aStrayRuleFileAboveDoesNotMakeItsFolderTheTarget() throws {
        let root = try Fixtures.temporaryDirectory()
        let policies = root + "/pols"
        try FileManager.default.createDirectory(atPath: policies, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai/form.yaml"), toPath: root + "/form.yaml")
        try FileManager.default.copyItem(atPath: Fixtures.path("Policies/pai-inicio.yaml"), toPath: policies + "/pai-inicio.yaml")
        let targets = LintTargets.find(in: [policies])
        #expect(targets.ruleSets.isEmpty)
        #expect(targets.policies == [policies + "/pai-inicio.yaml"])
    }

    /// A rule set whose `kind: ruleset` file is unreadable is still found from one of its subfolders, so that its
    /// loader says what is wrong with it.
    @Test func aSubfolderOfARuleSetWithoutItsRuleSetFileLintsTheRuleSet() throws {
        let root = try Fixtures.temporaryDirectory() + "/pai"
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai"), toPath: root)
        try FileManager.default.removeItem(atPath: root + "/ruleset.yaml")
        #expect(LintTargets.find(in: [root + "/rules"]).ruleSets == [root])
        #expect(LintTargets.find(in: [root]).ruleSets == [root])
    }

    @Test func aSelfAssessmentIsPointedToValidate() {
        let file = Fixtures.path("Examples/municipio-zapopan.yaml")
        let result = Linter.lint(paths: [file])
        #expect(result.diagnostics.map(\.code) == ["not_a_rule_file"])
        #expect(result.diagnostics.first?.help?.en == "check it with apertura validate")
    }

    @Test func aPolicyNamedExplicitlyIsStillAPolicy() {
        let policy = Fixtures.path("Policies/pai-inicio.yaml")
        #expect(LintTargets.find(in: [policy]).policies == [policy])
    }
}
