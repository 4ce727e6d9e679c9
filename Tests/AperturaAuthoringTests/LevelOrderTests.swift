import AperturaLoader
import AperturaSource
import Testing

/// Levels go from best to worst: each must admit some score that the levels before it do not. `above: t`
/// followed by `at_least: t` does (a score of exactly t); the same threshold the other way round does not.
@Suite struct LevelOrderTests {
    private func load(_ replacements: [(String, String)]) throws -> (loaded: Bool, diagnostics: [Diagnostic], file: String) {
        let file = try Fixtures.editedMiniPolicy(replacements)
        let (policy, diagnostics) = PolicyLoader.load(file: file)
        return (policy != nil, diagnostics.sorted, file)
    }

    @Test func aboveThenAtLeastTheSameThresholdIsAccepted() throws {
        // alto: above 0.5, medio: at_least 0.5; a score of exactly 0.5 is medio.
        let (loaded, diagnostics, _) = try load([("above: 0.8", "above: 0.5")])
        #expect(loaded)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.rendered(.en) })")
    }

    @Test func atLeastThenAboveTheSameThresholdIsAnError() throws {
        // alto: at_least 0.5, medio: above 0.5: every score above 0.5 is already alto. Reported at medio's
        // threshold: `    above: 0.5` on line 30, the value at column 12.
        let (loaded, diagnostics, file) = try load([("at_least: 0.5", "above: 0.5"), ("above: 0.8", "at_least: 0.5")])
        #expect(!loaded)
        #expect(diagnostics.map(\.code) == ["invalid_value"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: file, line: 30, column: 12))
    }

    /// Reported at medio's threshold on line 30: `    above: ` puts the value at column 12, `    at_least: ` at 15.
    @Test(arguments: [("above: 0.5", "above: 0.5", 12), ("at_least: 0.5", "at_least: 0.5", 15)])
    func theSameThresholdTwiceIsAnError(first: String, second: String, column: Int) throws {
        let (loaded, diagnostics, file) = try load([("above: 0.8", first), ("at_least: 0.5", second)])
        #expect(!loaded)
        #expect(diagnostics.map(\.code) == ["invalid_value"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: file, line: 30, column: column))
    }
}
