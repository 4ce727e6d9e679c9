import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// Population goals are part of a rule set for every check of `lint`: the indicator a `mean` runs over is
/// used, their goals' citations count (for `missing_citation` and `unused_source`), their rationales need
/// English, and their goals must not go backwards. Positions worked out by hand on the file below.
@Suite struct PopulationGoalLintTests {
    /// Lines 1-16. p1's Spanish-only rationale is on line 11 (`        rationale: `, 19 characters: column 20);
    /// its citation's blank section on line 12 (`        source: {ref: s1, section: `, 35 characters: column 36);
    /// p2's goal 0.4, lower than p1's 0.5, on line 14, column 17. p2 cites s2, which nothing else cites.
    private static let population = """
        kind: population_goals
        population_goals:
          - id: media_doble
            name: {es: Media del doble, en: Mean of doubled}
            aggregate: mean
            indicator: doubled
            direction: increase
            goals:
              - phase: p1
                target: 0.5
                rationale: Sólo en español
                source: {ref: s1, section: " "}
              - phase: p2
                target: 0.4
                source: {ref: s2, section: "Tres"}
            source: {ref: s1, section: "Dos"}

        """

    /// The mini rules with the population goals above and a second source `s2`; all diagnostics.
    private func lint() throws -> (found: [Diagnostic], rules: String) {
        let dir = try Fixtures.temporaryDirectory()
        let rules = dir + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/ruleset.yaml", [
            ("    title: \"Documento de prueba\"\n", "    title: \"Documento de prueba\"\n  - id: s2\n    title: \"Otro documento\"\n"),
        ]), to: rules + "/ruleset.yaml")
        try Fixtures.write(Self.population, to: rules + "/population.yaml")
        return (Linter.lint(paths: [rules]).diagnostics, rules)
    }

    @Test func theGoalsOfAPopulationGoalAreChecked() throws {
        let (found, rules) = try lint()
        let file = rules + "/population.yaml"
        let own = found.filter { $0.range?.start.file == file }
        #expect(own.map(\.code) == ["missing_translation", "missing_citation", "goal_regression"])
        #expect(own.map(\.range?.start) == [
            SourceLocation(file: file, line: 11, column: 20),
            SourceLocation(file: file, line: 12, column: 36),
            SourceLocation(file: file, line: 14, column: 17),
        ])
        #expect(own.map(\.message.en) == [
            "the English text (en) of 'media_doble'.goals[p1].rationale is missing",
            "the citation of 's1' names no section of the document",
            "the goal of 'media_doble' goes back from 0.5 (p1) to 0.4 (p2): the indicator should grow",
        ])
    }

    @Test func theIndicatorOfAMeanIsUsedAndTheSourceOfAGoalIsCited() throws {
        // Without the population goal, `doubled` is unused (no rule judges it); `after_broken` still is.
        let (found, _) = try lint()
        #expect(found.filter { $0.code == "unused_indicator" }.map(\.message.en) == ["no rule uses indicator 'after_broken'"])
        #expect(!found.contains { $0.code == "unused_source" })
    }
}
