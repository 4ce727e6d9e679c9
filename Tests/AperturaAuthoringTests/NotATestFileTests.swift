import AperturaAuthoring
import AperturaSource
import Testing

/// `apertura test FILE` with a file that is no test file (a self-assessment, a rule file) says so once, with
/// the command to use, instead of a flood of unknown keys read as a test file gone wrong.
@Suite struct NotATestFileTests {
    @Test func aSelfAssessmentIsNotATestFile() {
        // The mini municipio starts with `apertura: 1` on line 1: no kind, no cases.
        let file = Fixtures.path("Tests/Fixtures/mini/municipio.yaml")
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.hasInvalidInput)
        #expect(run.diagnostics.map(\.code) == ["missing_key"])
        #expect(run.diagnostics.map(\.range?.start) == [SourceLocation(file: file, line: 1, column: 1)])
        #expect(run.diagnostics.map(\.message.en) == ["not a test file: it has neither kind: tests nor cases"])
    }

    @Test func aRuleFileIsNotATestFile() {
        // The mini rules' `kind: rules` is on line 1, its value at column 7.
        let file = Fixtures.path("Tests/Fixtures/mini/rules/rules.yaml")
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.diagnostics.map(\.code) == ["invalid_value"])
        #expect(run.diagnostics.map(\.range?.start) == [SourceLocation(file: file, line: 1, column: 7)])
        #expect(run.diagnostics.map(\.help?.es) == ["apertura test lee archivos *.tests.yaml; revise las reglas y políticas con apertura lint y las autoevaluaciones con apertura validate"])
    }
}
