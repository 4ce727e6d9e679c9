import AperturaAuthoring
import AperturaSource
import Testing

/// A level threshold written as a percentage (`at_least: 80`) where scores go from 0 to 1 is unreachable, and the
/// message said so; the help now names the fraction that was meant. A threshold just past 1 (`above: 1.5`) is no
/// percentage, and gets no such guess.
@Suite struct PercentThresholdHelpTests {
    private func unreachable(_ replacements: [(String, String)]) throws -> [Diagnostic] {
        let file = try Fixtures.editedMiniPolicy(replacements)
        return Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "level_unreachable" }
    }

    @Test func aPercentageThresholdIsToldItsFraction() throws {
        let found = try unreachable([("above: 0.8", "above: 80")])
        #expect(found.count == 1)
        #expect(found.first?.help?.es == "los umbrales se escriben en la escala del puntaje, de 0 a 1: ¿quiso decir 0.8?")
        #expect(found.first?.help?.en == "thresholds are written on the score's scale, from 0 to 1: did you mean 0.8?")
    }

    @Test func aThresholdJustPastOneGetsNoGuess() throws {
        let found = try unreachable([("above: 0.8", "above: 1.5")])
        #expect(found.count == 1)
        #expect(found.first?.help == nil)
    }
}
