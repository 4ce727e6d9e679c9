import AperturaLoader
import AperturaSource
import Testing

/// "The policy needs at least one level" is said of a list written empty; a missing `levels` key or one of the
/// wrong type has its own error, and used to get this one as well.
@Suite struct PolicyLevelsListTests {
    /// The mini policy's levels (from line 24) replaced by `replacement`, written on line 24.
    private func load(_ replacement: String) throws -> (DiagnosticList, String) {
        let levels = "levels:\n  - id: alto\n    name: {es: Alto, en: High}\n    above: 0.8\n  - id: medio\n    name: {es: Medio, en: Medium}\n    at_least: 0.5\n  - id: bajo\n    name: {es: Bajo, en: Low}\n"
        let file = try Fixtures.editedMiniPolicy([(levels, replacement)])
        return (PolicyLoader.load(file: file).1, file)
    }

    @Test func aMissingLevelsKeyIsOneError() throws {
        let (diagnostics, file) = try load("")
        #expect(diagnostics.items.map(\.code) == ["missing_key"])
        #expect(diagnostics.items.map(\.message.en) == ["missing required key 'levels'"])
        #expect(diagnostics.items.map(\.range?.start) == [SourceLocation(file: file, line: 1, column: 1)])
    }

    @Test func levelsOfTheWrongTypeIsOneError() throws {
        // `levels: {a: 1}` on line 24: the mapping at column 9.
        let (diagnostics, file) = try load("levels: {a: 1}\n")
        #expect(diagnostics.items.map(\.code) == ["type_mismatch"])
        #expect(diagnostics.items.map(\.range?.start) == [SourceLocation(file: file, line: 24, column: 9)])
    }

    @Test func anEmptyListNeedsALevel() throws {
        let (diagnostics, file) = try load("levels: []\n")
        #expect(diagnostics.items.map(\.message.en) == ["the policy needs at least one level"])
        #expect(diagnostics.items.map(\.range?.start) == [SourceLocation(file: file, line: 24, column: 9)])
    }
}
