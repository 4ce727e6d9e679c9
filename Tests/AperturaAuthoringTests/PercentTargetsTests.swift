import AperturaAuthoring
import AperturaSource
import Testing

/// A `ratio` goal of 80 gets a hint to use `percent`; the reverse, a `percent` indicator whose goals are all written
/// as fractions (0.5, 0.8), passed lint. It is now a warning, at the first of those goals.
@Suite struct PercentTargetsTests {
    private func warnings(unit: String, rules edits: [(String, String)] = []) throws -> [Diagnostic] {
        // The mini indicator `share` (ratio) is judged by r_share (0.5 in p1, 0.8 in p2) and r_p2only (0.9 in p2).
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("    name: {es: Proporción, en: Share}\n    unit: ratio\n",
                                                                   "    name: {es: Proporción, en: Share}\n    unit: \(unit)\n")])
        if !edits.isEmpty { try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", edits), to: dir + "/rules.yaml") }
        return Linter.lint(paths: [dir]).diagnostics.filter { $0.code == "percent_targets_as_fractions" }
    }

    @Test func percentGoalsAllWrittenAsFractionsAreAWarning() throws {
        let found = try warnings(unit: "percent")
        #expect(found.count == 1)
        let warning = try #require(found.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.es == "todas las metas del indicador «share» (unidad percent, de 0 a 100) son de 1 o menos (0.5, 0.8, 0.9): ¿están escritas como fracciones?")
        #expect(warning.help?.es == "si el indicador da una proporción de 0 a 1, use la unidad ratio; si da un porcentaje, escriba las metas de 0 a 100 (50, 80, 90)")
        // r_share's first goal: `        target: 0.5` on line 20.
        #expect(warning.range?.start.line == 20)
        #expect(warning.range?.start.column == 17)
    }

    @Test func oneGoalAboveOneIsAPercentage() throws {
        #expect(try warnings(unit: "percent", rules: [("        target: 0.8\n", "        target: 80\n")]).isEmpty)
    }

    @Test func theSameGoalsOfARatioAreFine() throws {
        #expect(try warnings(unit: "ratio").isEmpty)
    }
}
