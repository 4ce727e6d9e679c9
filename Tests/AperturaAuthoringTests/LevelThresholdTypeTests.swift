import AperturaLoader
import AperturaSource
import Testing

/// A level threshold of the wrong type is one error at the value: the level used to be read as having no
/// threshold as well, which added "only the last level may have no threshold" for the same mistake.
@Suite struct LevelThresholdTypeTests {
    @Test func aQuotedThresholdIsOneError() throws {
        // Line 27 of the mini policy: `    above: 0.8` becomes `    above: "0.8"`, the value at column 12.
        let file = try Fixtures.editedMiniPolicy([("above: 0.8", "above: \"0.8\"")])
        let (policy, diagnostics) = PolicyLoader.load(file: file)
        #expect(policy == nil)
        #expect(diagnostics.items.map(\.code) == ["type_mismatch"])
        #expect(diagnostics.items.map(\.range?.start) == [SourceLocation(file: file, line: 27, column: 12)])
    }
}
