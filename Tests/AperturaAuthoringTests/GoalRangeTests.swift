import AperturaLoader
import AperturaSource
import Foundation
import Testing

/// A goal outside what its indicator's unit can take (a ratio of 1.5, a percent of 150, a negative count) can
/// never be met, or is always met: an error where it is written.
@Suite struct GoalRangeTests {
    private func load(rules replacements: [(String, String)]) throws -> (diagnostics: [Diagnostic], rules: String) {
        let dir = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/mini/rules")) {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules/\(name)"), toPath: "\(dir)/\(name)")
        }
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", replacements), to: "\(dir)/rules.yaml")
        return (RuleSetLoader.load(directory: dir).1.sorted, "\(dir)/rules.yaml")
    }

    @Test(arguments: [("1.5", "1.5"), ("-0.25", "-0.25")])
    func aRatioGoalOutsideZeroToOneIsAnError(target: String, shown: String) throws {
        // Rule r_share judges the ratio indicator `share`; its p1 target is on line 20, the value at column 17.
        let (diagnostics, rules) = try load(rules: [("        target: 0.5\n", "        target: \(target)\n")])
        #expect(diagnostics.map(\.code) == ["invalid_value"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: rules, line: 20, column: 17))
        #expect(diagnostics.first?.message.en == "the target \(shown) is outside the range of unit ratio (0 to 1)")
    }

    @Test func theEndsOfTheRangeAreAllowed() throws {
        let (diagnostics, _) = try load(rules: [("        target: 0.5\n", "        target: 0\n"), ("        target: 0.8\n", "        target: 1\n")])
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.rendered(.en) })")
    }

    @Test func aPopulationShareAboveOneIsAnError() throws {
        // A share_met population goal is a ratio: its target (line 5 of population.yaml, column 28) of 2 cannot be met.
        let (_, rules) = try load(rules: [])
        let dir = (rules as NSString).deletingLastPathComponent
        try Fixtures.write("""
            kind: population_goals
            population_goals:
              - {id: todos, name: {es: Todos, en: All}, aggregate: share_met, rule: r_share, source: {ref: s1, section: "Uno"},
                 goals: [
                   {phase: p1, target: 2, source: {ref: s1, section: "Uno"}}]}
            """, to: dir + "/population.yaml")
        let diagnostics = RuleSetLoader.load(directory: dir).1.sorted
        #expect(diagnostics.map(\.code) == ["invalid_value"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: dir + "/population.yaml", line: 5, column: 28))
        #expect(diagnostics.first?.message.en == "the target 2 is outside the range of unit ratio (0 to 1)")
    }
}
