import AperturaLoader
import AperturaSource
import Foundation
import Testing

/// A ratio goal written as a percentage (`target: 90` for 90 %) was "outside the range of unit ratio (0 to 1)"
/// and no more; the help now names the fraction, and the unit for a 0-to-100 scale. A target just past 1 gets
/// no such guess.
@Suite struct GoalPercentHelpTests {
    private func help(target: String) throws -> LocalizedText? {
        let dir = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/mini/rules")) {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules/\(name)"), toPath: "\(dir)/\(name)")
        }
        // r_share's p1 target (0.5) judges the ratio indicator `share`.
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [("        target: 0.5\n", "        target: \(target)\n")]),
                           to: "\(dir)/rules.yaml")
        let diagnostics = RuleSetLoader.load(directory: dir).1.items.filter { $0.code == "invalid_value" }
        #expect(diagnostics.count == 1)
        return diagnostics.first?.help
    }

    @Test func aPercentageOnARatioIsToldItsFraction() throws {
        let help = try help(target: "90")
        #expect(help?.es == "una razón va de 0 a 1: ¿quiso decir 0.9? (para una escala de 0 a 100, use la unidad percent)")
        #expect(help?.en == "a ratio goes from 0 to 1: did you mean 0.9? (for a 0-to-100 scale, use the percent unit)")
    }

    @Test func aTargetJustPastOneGetsNoGuess() throws {
        #expect(try help(target: "1.5") == nil)
    }
}
