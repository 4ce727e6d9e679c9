import AperturaAuthoring
import AperturaSource
import Testing

/// A cycle of indicators was reported at the `value:` of the first indicator on it (the `>-` of a block), not at
/// the `indicators.…` reference that closes it. It is now at that reference, mapped into the YAML file as the
/// expressions' type errors are.
@Suite struct IndicatorCyclePlaceTests {
    private func cycle(replacing value: String) throws -> Diagnostic {
        // The mini indicator r is `value: b.r` on line 27; lines 27-29 become the block below.
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("    value: b.r\n", "    value: >-\n      b.r +\n      \(value) / 2.0\n")])
        let found = Linter.lint(paths: [dir]).diagnostics.filter { $0.code == "indicator_cycle" }
        #expect(found.count == 1)
        return try #require(found.first)
    }

    @Test func aSelfReferenceIsPointedAtInsideTheBlock() throws {
        let diagnostic = try cycle(replacing: "indicators.r")
        #expect(diagnostic.message.es == "el indicador «r» depende de sí mismo: r → r")
        // Line 29 is `      indicators.r / 2.0`: the reference starts at column 7.
        #expect(diagnostic.range?.start.line == 29)
        #expect(diagnostic.range?.start.column == 7)
    }

    @Test func aLongerCycleIsPointedAtTheReferenceThatClosesIt() throws {
        // r reads doubled, whose `value: indicators.r * 2.0` (line 38; `indicators` at column 12) reads r back.
        let diagnostic = try cycle(replacing: "indicators.doubled")
        #expect(diagnostic.message.es == "el indicador «r» depende de sí mismo: r → doubled → r")
        #expect(diagnostic.range?.start.line == 38)
        #expect(diagnostic.range?.start.column == 12)
    }
}
