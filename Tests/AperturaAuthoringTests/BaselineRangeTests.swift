import AperturaAuthoring
import AperturaSource
import Testing

/// A baseline outside its unit's range was accepted and published (`Línea base: 5000 %` for a ratio written 50).
/// It now gets the error a goal's target gets, at the baseline's value.
@Suite struct BaselineRangeTests {
    @Test func aRatioBaselineWrittenAsAPercentageIsAnError() throws {
        // The mini indicator `r` (unit ratio) has its baseline on line 28: `    baseline: {value: 0.25, ...}`, the
        // value at column 26.
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("baseline: {value: 0.25,", "baseline: {value: 50,")])
        let found = Linter.lint(paths: [dir]).diagnostics.filter { $0.code == "invalid_value" }
        #expect(found.count == 1)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.isError)
        #expect(diagnostic.message.es == "la línea base 50 está fuera del rango de la unidad ratio (0 a 1)")
        #expect(diagnostic.message.en == "the baseline 50 is outside the range of unit ratio (0 to 1)")
        #expect(diagnostic.range?.start.line == 28)
        #expect(diagnostic.range?.start.column == 23)
        #expect(diagnostic.help?.es == "una razón va de 0 a 1: ¿quiso decir 0.5? (para una escala de 0 a 100, use la unidad percent)")
    }

    @Test func aBaselineInsideTheRangeIsFine() throws {
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("baseline: {value: 0.25,", "baseline: {value: 1,")])
        #expect(Linter.lint(paths: [dir]).diagnostics.filter { $0.code == "invalid_value" }.isEmpty)
    }
}
