import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A test file with a reading error runs no case, but the ids its expectations name are still checked:
/// every mistake in it is said in one run, in the order of the file, not one round of fixes at a time.
@Suite struct ReadingErrorReferenceTests {
    @Test func referencesAreCheckedInAFileThatCannotRun() throws {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        let file = dir + "/rules/errors.tests.yaml"
        // `  - name: ` is 10 characters, so the name's value starts at column 11 of line 6.
        try Fixtures.write("""
            kind: tests
            rules: .
            policy: \(Fixtures.path("Tests/Fixtures/mini/policy.yaml"))
            as_of: 2026-06-30
            cases:
              - name: "con\u{200B}espacio"
                assessment: ../a.yaml
                expect:
                  outcomes:
                    r_flag: mett
                    r_flagg: met
              - name: nivel
                assessment: ../a.yaml
                expect:
                  level: altoo

            """, to: file)
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.results.isEmpty)
        #expect(run.diagnostics.map(\.code) == ["invalid_character", "invalid_value", "unknown_reference", "unknown_reference"])
        #expect(run.diagnostics.map { $0.range?.start.line } == [6, 10, 11, 15])
        #expect(run.diagnostics.first?.range?.start.column == 11)
        #expect(run.diagnostics[2].message.text(.en) == "rule 'r_flagg' does not exist in rule set 'mini'")
        #expect(run.diagnostics[3].message.text(.en) == "level 'altoo' does not exist in policy 'mini_policy'")
        // `lint` says the same of the test file beside the rules.
        let lint = Linter.lint(paths: [dir + "/rules"]).diagnostics.filter { $0.range?.start.file == file }
        #expect(lint.map(\.code) == run.diagnostics.map(\.code))
        #expect(lint.map { $0.range?.start.line } == [6, 10, 11, 15])
    }
}
