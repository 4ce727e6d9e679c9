import AperturaAuthoring
import AperturaSource
import Testing

/// Levels are judged against the scores the scoring model can give: when `scoring` has an error (a
/// misspelt model), that range is not known, and `level_unreachable` would only echo the error.
@Suite struct IncompleteScoringLevelsTests {
    @Test func levelsAreNotJudgedAgainstAScoringModelWithErrors() throws {
        // `  model: weighted_rulez` on line 21, the value at column 10; the thresholds written on a 0-100 scale.
        let file = try Fixtures.editedMiniPolicy([
            ("model: weighted_rules", "model: weighted_rulez"), ("above: 0.8", "above: 80"), ("at_least: 0.5", "at_least: 50"),
        ])
        let found = Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.range?.start.file == file }
        #expect(found.map(\.code) == ["invalid_value"])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 21, column: 10)])
    }

    @Test func theSameThresholdsUnderAValidModelAreUnreachable() throws {
        // With weighted_rules the scores go from 0 to 1: alto (line 27) and medio (line 30) are never given.
        let file = try Fixtures.editedMiniPolicy([("above: 0.8", "above: 80"), ("at_least: 0.5", "at_least: 50")])
        let found = Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "level_unreachable" }
        #expect(found.map(\.range?.start.line) == [27, 30])
    }
}
