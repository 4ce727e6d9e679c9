import AperturaAuthoring
import AperturaSource
import Testing

/// A quadrant's name given in Spanish only is missing_translation at the name, like every other text of a
/// policy (quadrant names were not checked).
@Suite struct QuadrantTranslationTests {
    @Test func aQuadrantNameWithoutEnglishIsReported() throws {
        // Appended after the mini policy's 32 lines: `high_low: Sólo español` on line 39, the text at column 15.
        let file = try Fixtures.editedMiniPolicy([], appending: """
            quadrants:
              x: share
              y: r
              threshold: 0.5
              names:
                high_high: {es: A, en: A}
                high_low: Sólo español
                low_high: {es: C, en: C}
                low_low: {es: D, en: D}

            """)
        let found = Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "missing_translation" }
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 39, column: 15)])
        #expect(found.map(\.message.en) == ["the English text (en) of quadrants.names.high_low is missing"])
        // The same help as a rule set's missing translation, in both languages (a policy's gave none).
        #expect(found.map(\.help) == [LocalizedText(es: "escríbalo como {es: ..., en: ...}", en: "write it as {es: ..., en: ...}")])
    }
}
