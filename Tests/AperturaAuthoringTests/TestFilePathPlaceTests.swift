import AperturaAuthoring
import AperturaSource
import Testing

/// A path in a test file that leads nowhere is reported where the file writes it, not at the case or with
/// no place at all.
@Suite struct TestFilePathPlaceTests {
    @Test func aMissingSelfAssessmentIsReportedAtItsPath() throws {
        let file = Fixtures.path("Tests/Fixtures/tests/misspelt-assessment.tests.yaml")
        let run = RuleTestRunner.run(paths: [file])
        let failures = try #require(run.results.first).failures
        #expect(failures.map(\.range.start) == [SourceLocation(file: file, line: 8, column: 17)])
    }

    @Test func aMissingRuleSetFolderIsReportedAtItsPath() {
        let file = Fixtures.path("Tests/Fixtures/tests/misspelt-rules.tests.yaml")
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.hasInvalidInput)
        #expect(run.results.isEmpty)
        let errors = run.diagnostics.filter(\.isError)
        // One error (the loader used to add a second, about a folder without ruleset file).
        #expect(errors.map(\.code) == ["path_not_found"])
        #expect(errors.map(\.message.en) == ["rule set folder '\(Fixtures.path("Tests/Fixtures/mini/rule"))' does not exist"])
        #expect(errors.map(\.range?.start) == [SourceLocation(file: file, line: 3, column: 8)])
        #expect(errors.first?.help?.en == "the rules path is read from the test file's folder; fix it, or leave it out when the file is inside the rule set's folder")
    }
}
