import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `level_unreachable` at the ends of the score's range: `above: 0` leaves a score of 0 to the next level;
/// a count has no highest score but its lowest is 0; a percent goes from 0 to 100, so `above: 100` is
/// never given but `above: 90` is. The mini policy's levels: alto `above: 0.8` (line 27), medio
/// `at_least: 0.5` (line 30), bajo.
@Suite struct LevelReachBoundaryTests {
    private func unreachable(_ policy: String, rules: String = Fixtures.path("Tests/Fixtures/mini/rules")) -> [Diagnostic] {
        Linter.lint(paths: [rules, policy]).diagnostics.filter { $0.code == "level_unreachable" }
    }

    @Test func aboveZeroLeavesAScoreOfZeroToTheNextLevel() throws {
        #expect(unreachable(try Fixtures.editedMiniPolicy([("at_least: 0.5", "above: 0")])).isEmpty)
    }

    @Test func aCountsLowestScoreIsZero() throws {
        // The indicator model on `broken` (a count): medio `at_least: 0` (value at line 30, column 15) takes every score.
        let file = try Fixtures.editedMiniPolicy([("  model: weighted_rules\n", "  model: indicator\n  indicator: broken\n"),
                                                  ("at_least: 0.5", "at_least: 0")])
        let found = unreachable(file)
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 31, column: 15)])
        #expect(found.map(\.message.en) == ["every score reaches level 'medio': level 'bajo' is never given"])
    }

    /// The mini rules with a percent indicator `pct` (judged by a rule), and the mini policy scored on it.
    private func percentScored(_ levels: [(String, String)]) throws -> (found: [Diagnostic], policy: String) {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        let indicators = try String(contentsOfFile: rules + "/indicators.yaml", encoding: .utf8) + """
              - id: pct
                objective: o2
                name: {es: Por ciento, en: Percent}
                unit: percent
                class: effect
                periodicity: annual
                value: b.r * 100.0
                source: {ref: s1, section: "Dos"}

            """
        try Fixtures.write(indicators, to: rules + "/indicators.yaml")
        let rulesText = try String(contentsOfFile: rules + "/rules.yaml", encoding: .utf8) + """
              - id: r_pct
                indicator: pct
                name: {es: Por ciento, en: Percent}
                goals:
                  - phase: p1
                    target: 50
                    source: {ref: s1, section: "Dos"}
                remediation: {es: Suba, en: Raise it}
                source: {ref: s1, section: "Dos"}

            """
        try Fixtures.write(rulesText, to: rules + "/rules.yaml")
        let policy = try Fixtures.editedMiniPolicy([("  model: weighted_rules\n", "  model: indicator\n  indicator: pct\n")] + levels)
        return (unreachable(policy, rules: rules), policy)
    }

    @Test func aPercentGoesUpToOneHundred() throws {
        #expect(try percentScored([("above: 0.8", "above: 90"), ("at_least: 0.5", "at_least: 50")]).found.isEmpty)
        // `    above: 100` on line 28 (the indicator line moved it down), the value at column 12.
        let (found, policy) = try percentScored([("above: 0.8", "above: 100"), ("at_least: 0.5", "at_least: 50")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: policy, line: 28, column: 12)])
        #expect(found.map(\.message.en) == ["no score reaches level 'alto': scores go from 0 to 100"])
        // Not a percentage written on a 0-to-1 scale: no guess.
        #expect(found.map(\.help) == [nil])
    }
}
