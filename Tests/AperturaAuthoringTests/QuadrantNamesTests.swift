import AperturaAuthoring
import AperturaLoader
import Testing

/// `quadrants.names` is optional, as the schema and the authors' guide say (the loader used to require it);
/// when given, it names all four quadrants.
@Suite struct QuadrantNamesTests {
    @Test func quadrantsWithoutNamesLoad() throws {
        let file = try Fixtures.editedMiniPolicy([], appending: "quadrants:\n  x: share\n  y: r\n  threshold: 0.5\n")
        let (policy, diagnostics) = PolicyLoader.load(file: file)
        #expect(diagnostics.items.map(\.code) == [])
        #expect(policy?.quadrants?.names.isEmpty == true)
        #expect(policy?.quadrants?.x.rawValue == "share")
    }

    @Test func namesMustNameAllFourQuadrants() throws {
        // Lines 33-37: `names:` on line 37 gives only high_high; the other three are missing, each reported at
        // the mapping (`{` at 37:10).
        let file = try Fixtures.editedMiniPolicy([], appending: "quadrants:\n  x: share\n  y: r\n  threshold: 0.5\n  names: {high_high: {es: A, en: A}}\n")
        let (_, diagnostics) = PolicyLoader.load(file: file)
        #expect(diagnostics.items.map(\.code) == ["missing_key", "missing_key", "missing_key"])
        #expect(diagnostics.items.map { [$0.range?.start.line, $0.range?.start.column] } == [[37, 10], [37, 10], [37, 10]])
    }
}
