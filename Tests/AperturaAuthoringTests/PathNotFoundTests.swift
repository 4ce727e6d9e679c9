import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A path given to `lint` or `test` that cannot be reached said "does not exist" whatever the reason: a name over
/// the system's 255 bytes, or a path through a file, now says which.
@Suite struct PathNotFoundTests {
    @Test func theReasonIsSaidWhenItIsNotAbsence() throws {
        let long = "/tmp/" + String(repeating: "a", count: 300) + ".yaml"
        let throughFile = Fixtures.path("README.md") + "/x.yaml"
        let absent = Fixtures.path("no-existe.yaml")
        for (path, english) in [(long, "cannot reach '\(long)': the name is too long"),
                                (throughFile, "cannot reach '\(throughFile)': part of the path is not a folder"),
                                (absent, "'\(absent)' does not exist")] {
            let lint = Linter.lint(paths: [path]).diagnostics.filter { $0.code == "path_not_found" }
            #expect(lint.map { $0.message.text(.en) } == [english])
            let test = RuleTestRunner.run(paths: [path]).diagnostics.filter { $0.code == "path_not_found" }
            #expect(test.map { $0.message.text(.en) } == [english])
        }
    }
}
