import AperturaAuthoring
import Testing

/// A goal already reported outside its unit's range is not compared with the next phase's: the regression
/// would repeat that error (80 for 0.8 "goes back" to 0.8).
@Suite struct OutOfRangeGoalRegressionTests {
    @Test func anOutOfRangeGoalIsNotAlsoARegression() throws {
        // r_share (ratio): p1 0.5 → 80, then p2 0.8.
        let dir = try Fixtures.editedMiniRules("rules.yaml", [("        target: 0.5\n", "        target: 80\n")])
        let errors = Linter.lint(paths: [dir]).diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == ["invalid_value"], "\(errors.map { $0.rendered(.en) })")
    }

    @Test func inRangeGoalsThatGoBackAreStillReported() throws {
        // p1 0.9, then p2 0.8: backwards for an indicator that should grow.
        let dir = try Fixtures.editedMiniRules("rules.yaml", [("        target: 0.5\n", "        target: 0.9\n")])
        let errors = Linter.lint(paths: [dir]).diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == ["goal_regression"], "\(errors.map { $0.rendered(.en) })")
    }
}
