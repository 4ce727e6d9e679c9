import AperturaAuthoring
import AperturaSource
import Testing

/// A negative tolerance made every number fail, even one equal to what was expected ("expected 0.5, got
/// 0.5"): it is now an invalid value at the tolerance, and the file does not run.
@Suite struct ToleranceTests {
    @Test func aNegativeToleranceMakesTheFileInvalid() {
        let file = Fixtures.path("Tests/Fixtures/tests/negative-tolerance.tests.yaml")
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.hasInvalidInput)
        #expect(run.results.isEmpty)
        #expect(run.diagnostics.map(\.code) == ["invalid_value"])
        #expect(run.diagnostics.map(\.range?.start) == [SourceLocation(file: file, line: 6, column: 12)])
        #expect(run.diagnostics.map(\.message.en) == ["the tolerance cannot be negative"])
    }
}
