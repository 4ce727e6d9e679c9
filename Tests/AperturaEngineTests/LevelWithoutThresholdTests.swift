import AperturaLoader
import Testing

/// Only the last level goes without a threshold (FORMAT.md: "none on the last level"): a level without one before
/// it would take every score left and leave the levels after it unreachable, so the policy is refused.
@Suite struct LevelWithoutThresholdTests {
    @Test func aLevelWithoutThresholdBeforeTheLastIsRefused() throws {
        // The mini policy's levels: alto (above 0.8), medio (at_least 0.5), bajo (the rest); medio loses its threshold.
        let policy = try Fixtures.miniPolicy(replacing: [("    at_least: 0.5\n", "")])
        let (loaded, diagnostics) = PolicyLoader.load(file: policy)
        #expect(loaded == nil)
        let errors = diagnostics.items.filter(\.isError)
        #expect(errors.map(\.code) == ["invalid_value"])
        #expect(errors.first?.message.en == "only the last level may have no threshold")
    }
}
