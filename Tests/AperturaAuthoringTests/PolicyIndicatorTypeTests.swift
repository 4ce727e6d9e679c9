import AperturaAuthoring
import AperturaEngine
import AperturaLoader
import AperturaSource
import Testing

/// A policy that scores by a boolean indicator, or reads one on a quadrant axis, would never give a score or
/// a quadrant (there is no number to compare with a threshold): an error at the indicator's name, not a
/// report that silently shows no score.
@Suite struct PolicyIndicatorTypeTests {
    @Test func aBooleanScoreOrAxisIndicatorIsAnError() throws {
        // Line 22 gets `  indicator: flag` (value at column 14), making 33 lines; the quadrants appended after
        // them put `  y: flag` on line 36 (value at column 6). flag is boolean, share a ratio.
        let file = try Fixtures.editedMiniPolicy([("model: weighted_rules", "model: indicator\n  indicator: flag")], appending: """
            quadrants:
              x: share
              y: flag
              threshold: 0.5
              names: {high_high: {es: A, en: A}, high_low: {es: B, en: B}, low_high: {es: C, en: C}, low_low: {es: D, en: D}}

            """)
        let found = Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "type_mismatch" }
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 22, column: 14), SourceLocation(file: file, line: 36, column: 6)])
        #expect(found.map(\.message.en) == [
            "indicator 'flag' is boolean (unit: boolean): the score needs a numeric indicator",
            "indicator 'flag' is boolean (unit: boolean): a quadrant axis needs a numeric indicator",
        ])
        #expect(found.map(\.message.es) == [
            "el indicador «flag» es booleano (unit: boolean): el puntaje necesita un indicador numérico",
            "el indicador «flag» es booleano (unit: boolean): un eje de los cuadrantes necesita un indicador numérico",
        ])
        // The evaluator refuses the policy too: evaluate exits 65 instead of showing no score.
        let (evaluator, _) = Workspace.load(rules: Fixtures.path("Tests/Fixtures/mini/rules"), policy: file)
        #expect(evaluator == nil)
    }

    @Test func aNumericScoreIndicatorIsFine() throws {
        let file = try Fixtures.editedMiniPolicy([("model: weighted_rules", "model: indicator\n  indicator: share")])
        #expect(Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "type_mismatch" }.isEmpty)
    }
}
