import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `goal_regression`: goals listed by phase must not go backwards. Up is forward for an indicator that
/// should grow, down for one that should fall (`direction: decrease`); a boolean goal must not go from
/// true to false. Equal goals do not go backwards. Reported at the later goal's target.
@Suite struct GoalRegressionDirectionTests {
    /// r_share's goals in the mini rules: 0.5 for p1 (line 20), 0.8 for p2 (line 23).
    private static let shareGoals = "target: 0.5\n        source: {ref: s1, section: \"Uno\"}\n      - phase: p2\n        target: 0.8"

    /// Lints a copy of the mini rules with `rules.yaml` and `indicators.yaml` edited: the goal_regression
    /// diagnostics and the rules file's path.
    private func lint(rules: [(String, String)], indicators: [(String, String)] = []) throws -> (found: [Diagnostic], file: String) {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", rules), to: dir + "/rules/rules.yaml")
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/indicators.yaml", indicators), to: dir + "/rules/indicators.yaml")
        let found = Linter.lint(paths: [dir + "/rules"]).diagnostics.filter { $0.code == "goal_regression" }
        return (found, dir + "/rules/rules.yaml")
    }

    /// r_flag (boolean, p1 goal on lines 8-11) gets a p2 goal: `target: VALUE` on line 13, the value at column 17.
    private func flagGoals(p1: String, p2: String) -> [(String, String)] {
        [("        target: true\n", "        target: \(p1)\n"),
         ("        rationale: {es: Para probar, en: For testing}\n",
          "        rationale: {es: Para probar, en: For testing}\n      - phase: p2\n        target: \(p2)\n        source: {ref: s1, section: \"Uno\"}\n")]
    }

    @Test func aBooleanGoalGoingFromTrueToFalseGoesBack() throws {
        let (found, file) = try lint(rules: flagGoals(p1: "true", p2: "false"))
        #expect(found.map(\.severity) == [.error])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 13, column: 17)])
        #expect(found.map(\.message.en) == ["the goal of 'r_flag' goes back from true (p1) to false (p2): the indicator should grow"])
    }

    @Test func aBooleanGoalGoingFromFalseToTrueIsProgress() throws {
        #expect(try lint(rules: flagGoals(p1: "false", p2: "true")).found.isEmpty)
        #expect(try lint(rules: flagGoals(p1: "true", p2: "true")).found.isEmpty)
    }

    @Test func aGoalRisingForAnIndicatorThatShouldFallGoesBack() throws {
        // share gets `direction: decrease`: r_share's 0.5 (p1) then 0.8 (p2) goes the wrong way; 0.8 is on line 23, column 17.
        let (found, file) = try lint(rules: [], indicators: [("    unit: ratio\n", "    unit: ratio\n    direction: decrease\n")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 23, column: 17)])
        #expect(found.map(\.message.en) == ["the goal of 'r_share' goes back from 0.5 (p1) to 0.8 (p2): the indicator should fall"])
        #expect(found.map(\.message.es) == ["la meta de «r_share» retrocede de 0.5 (p1) a 0.8 (p2): el indicador debería bajar"])
    }

    @Test func aGoalFallingForAnIndicatorThatShouldFallIsProgress() throws {
        let falling = [(Self.shareGoals, Self.shareGoals.replacingOccurrences(of: "0.5", with: "0.9").replacingOccurrences(of: "0.8", with: "0.5"))]
        #expect(try lint(rules: falling, indicators: [("    unit: ratio\n", "    unit: ratio\n    direction: decrease\n")]).found.isEmpty)
    }

    @Test func equalGoalsDoNotGoBackEitherWay() throws {
        let equal = [(Self.shareGoals, Self.shareGoals.replacingOccurrences(of: "0.8", with: "0.5"))]
        #expect(try lint(rules: equal).found.isEmpty)
        #expect(try lint(rules: equal, indicators: [("    unit: ratio\n", "    unit: ratio\n    direction: decrease\n")]).found.isEmpty)
    }
}
