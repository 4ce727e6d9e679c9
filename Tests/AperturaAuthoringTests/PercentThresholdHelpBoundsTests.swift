import AperturaAuthoring
import Testing

/// The "did you mean" of a percentage written on a 0-to-1 scale covers thresholds from 10 to 100, both
/// included: `above: 10` meant 0.1, `above: 100` meant 1.
@Suite struct PercentThresholdHelpBoundsTests {
    private func help(_ threshold: String) throws -> [String?] {
        let file = try Fixtures.editedMiniPolicy([("above: 0.8", threshold)])
        return Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "level_unreachable" }.map { $0.help?.en }
    }

    @Test func tenAndOneHundredAreTakenForPercentages() throws {
        #expect(try help("above: 10") == ["thresholds are written on the score's scale, from 0 to 1: did you mean 0.1?"])
        #expect(try help("above: 100") == ["thresholds are written on the score's scale, from 0 to 1: did you mean 1?"])
    }

    @Test func justOutsideThemNoGuessIsMade() throws {
        #expect(try help("above: 9") == [nil])
        #expect(try help("above: 101") == [nil])
    }
}
