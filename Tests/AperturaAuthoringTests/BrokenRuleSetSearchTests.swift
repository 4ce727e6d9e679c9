import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A rule set whose `kind: ruleset` file is misspelt or unreadable is still a rule set folder: lint loads it
/// and says what is wrong, instead of "nothing to lint" (for the folder) or "rule set not found, pass its
/// folder to lint" (for its policy, when the folder was passed).
@Suite struct BrokenRuleSetSearchTests {
    /// A copy of the mini rules under `Rules/mini`, with `ruleset.yaml` edited, and the mini policy under `Policies`.
    private func workspace(_ edit: (String) -> String) throws -> String {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/Rules", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/Rules/mini")
        let ruleset = try String(contentsOfFile: dir + "/Rules/mini/ruleset.yaml", encoding: .utf8)
        try Fixtures.write(edit(ruleset), to: dir + "/Rules/mini/ruleset.yaml")
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/policy.yaml"), toPath: dir + "/Policies.yaml")
        return dir
    }

    @Test func aMisspeltRuleSetKindIsReported() throws {
        let dir = try workspace { $0.replacingOccurrences(of: "kind: ruleset", with: "kind: rulset") }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Linter.lint(paths: [dir + "/Rules", dir + "/Policies.yaml"])
        #expect(result.checked == [dir + "/Rules/mini", dir + "/Policies.yaml"])
        // `kind: rulset` is on line 2 of ruleset.yaml (after a comment), its value at column 7; the policy of
        // the broken rule set is not cross-checked (its id, mini, is read under the misspelt kind).
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == ["missing_ruleset", "invalid_value"])
        #expect(errors.last?.range?.start == SourceLocation(file: dir + "/Rules/mini/ruleset.yaml", line: 2, column: 7))
    }

    @Test func aPolicyOfAnUnreadableRuleSetSaysWhichFolderToFix() throws {
        let dir = try workspace { $0 + "bad: [\n" }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Linter.lint(paths: [dir + "/Rules", dir + "/Policies.yaml"])
        #expect(result.diagnostics.map(\.code).contains("yaml_syntax_error"))
        let unknown = try #require(result.diagnostics.first { $0.code == "unknown_rule_set" })
        #expect(unknown.help?.en == "if it is the one in '\(dir)/Rules/mini', which could not be read, fix its errors first")
    }

    /// A test file in the folder of such a rule set: the rule set's errors, not "no rule set found".
    @Test func aTestFileOfAnUnreadableRuleSetGetsItsErrors() throws {
        let dir = try workspace { $0 + "bad: [\n" }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Fixtures.write("""
            kind: tests
            as_of: 2026-06-30
            cases:
              - {name: uno, assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml")), expect: {ratio: 0.5}}

            """, to: dir + "/Rules/mini/mini.tests.yaml")
        let run = RuleTestRunner.run(paths: [dir + "/Rules"])
        #expect(run.hasInvalidInput)
        #expect(run.diagnostics.map(\.code).contains("yaml_syntax_error"))
        #expect(!run.diagnostics.map(\.code).contains("rules_not_found"))
    }
}
