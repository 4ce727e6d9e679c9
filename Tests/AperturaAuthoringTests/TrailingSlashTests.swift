import AperturaAuthoring
import Foundation
import Testing

/// A rule set folder typed with a trailing slash (`Rules/mga/`, as a shell completes it) is the same folder:
/// lint still checks its test files' references (it used to skip them and exit 0), and test counts its
/// coverage once (it used to list the folder a second time with every rule untested).
@Suite struct TrailingSlashTests {
    @Test func lintChecksTheTestFilesOfAFolderTypedWithASlash() throws {
        let dir = try Fixtures.miniRulesWithTestFile("unknown.tests.yaml")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Linter.lint(paths: [dir + "/rules/"])
        #expect(result.checked == [dir + "/rules"])
        #expect(result.diagnostics.filter { $0.code == "unknown_reference" }.map(\.range?.start.line) == [12, 13, 14, 16])
    }

    @Test func testCountsAFolderTypedWithASlashOnce() {
        let run = RuleTestRunner.run(paths: [Fixtures.path("Rules/mga") + "/"])
        #expect(run.failedCount == 0)
        #expect(run.coverage.map(\.rules) == [Fixtures.path("Rules/mga")])
        #expect(run.fullyCovered)
    }
}
