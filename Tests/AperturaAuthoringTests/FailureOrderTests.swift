import AperturaAuthoring
import AperturaSource
import Testing

/// A case's failed expectations are reported in the order the file states them (they came in the order
/// the runner checks them: outcomes before the ratio written above them).
@Suite struct FailureOrderTests {
    @Test func failuresFollowTheFile() throws {
        let file = Fixtures.path("Tests/Fixtures/tests/order.tests.yaml")
        let run = RuleTestRunner.run(paths: [file])
        let failures = try #require(run.results.first).failures
        // ratio's value at 10:14; r_r's outcome at 11:23.
        #expect(failures.map(\.range.start) == [SourceLocation(file: file, line: 10, column: 14), SourceLocation(file: file, line: 11, column: 23)])
        #expect(failures.map(\.message.en) == ["ratio: expected 1, got 0.5", "'r_r': expected met, got not_met (value 0.4)"])
    }
}
