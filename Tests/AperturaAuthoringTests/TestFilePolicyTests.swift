import AperturaAuthoring
import AperturaEngine
import AperturaSource
import Foundation
import Testing

/// A test file for a rule set that no bundled policy evaluates, and that names no policy, cannot run: one
/// error at the file (missing policy), not the PAI policy's "rule set mismatch" in the PAI policy's file, nor
/// its levels reported as unknown.
@Suite struct TestFilePolicyTests {
    /// The mini rules in a folder of their own, with a test file that names no policy (its first key on line 2).
    private func miniWithoutPolicy() throws -> (dir: String, file: String) {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        let file = dir + "/rules/mini.tests.yaml"
        try Fixtures.write("""
            # no policy: none in Policies/ evaluates mini
            kind: tests
            as_of: 2026-06-30
            cases:
              - name: sin política
                assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                expect: {level: alto}

            """, to: file)
        return (dir, file)
    }

    private var expectedMessage: String {
        "missing policy: no policy in '\(Workspace.bundled("Policies"))' evaluates rule set 'mini'"
    }

    @Test func testReportsTheMissingPolicyAtTheFile() throws {
        let (dir, file) = try miniWithoutPolicy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.hasInvalidInput)
        #expect(run.results.isEmpty)
        #expect(run.diagnostics.map(\.code) == ["missing_key"])
        #expect(run.diagnostics.map(\.range?.start) == [SourceLocation(file: file, line: 2, column: 1)])
        #expect(run.diagnostics.map(\.message.en) == [expectedMessage])
    }

    @Test func lintReportsTheMissingPolicyAtTheFile() throws {
        let (dir, file) = try miniWithoutPolicy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let errors = Linter.lint(paths: [dir + "/rules"]).diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == ["missing_key"])
        #expect(errors.map(\.range?.start) == [SourceLocation(file: file, line: 2, column: 1)])
        #expect(errors.map(\.message.en) == [expectedMessage])
    }
}
