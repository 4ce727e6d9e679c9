import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A case that expects something of a rule, indicator or level that does not exist can never pass: the
/// test file is invalid (exit 65), reported at the id with "did you mean", and none of its cases runs.
@Suite struct TestFileReferenceTests {
    @Test func unknownIdsMakeTheFileInvalid() throws {
        let file = Fixtures.path("Tests/Fixtures/test-references/unknown.tests.yaml")
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.hasInvalidInput)
        #expect(run.results.isEmpty)
        // r_flg: key on line 12, column 9; r_shar: first item of the list on line 13 (`[` at column 13);
        // alta: value on line 14, column 14; shar: key on line 16, column 9.
        #expect(run.diagnostics.map(\.code) == Array(repeating: "unknown_reference", count: 4))
        #expect(run.diagnostics.map(\.range?.start) == [(12, 9), (13, 14), (14, 14), (16, 9)].map { SourceLocation(file: file, line: $0, column: $1) })
        #expect(run.diagnostics.map(\.message.en) == [
            "rule 'r_flg' does not exist in rule set 'mini'",
            "rule 'r_shar' does not exist in rule set 'mini'",
            "level 'alta' does not exist in policy 'mini_policy'",
            "indicator 'shar' does not exist in rule set 'mini'",
        ])
        #expect(run.diagnostics.map(\.help?.en) == ["did you mean 'r_flag'?", "did you mean 'r_share'?", "did you mean 'alto'?", "did you mean 'share'?"])
    }

    /// `apertura lint` reads the test files beside the rules: the same ids are reported there.
    @Test func lintReportsThemBesideTheRules() throws {
        let dir = try Fixtures.miniRulesWithTestFile("unknown.tests.yaml")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Linter.lint(paths: [dir + "/rules"])
        let found = result.diagnostics.filter { $0.code == "unknown_reference" }
        #expect(found.map(\.range?.start.line) == [12, 13, 14, 16])
        #expect(result.fails(strict: false))
    }
}
