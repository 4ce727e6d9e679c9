import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `weights_sum` on a ratio's weighted sum: any sum other than 1 is reported, however close (0.99), and
/// the message gives the sum as written by hand, to four decimals (0.875, not 0.88).
@Suite struct WeightsSumMessageTests {
    /// The mini rules with `doubled` (a ratio; its value on indicators.yaml line 36) made the weighted sum `value`.
    private func weightsSum(_ value: String) throws -> (found: [Diagnostic], file: String) {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/indicators.yaml", [("value: indicators.r * 2.0", "value: \(value)")]),
                           to: rules + "/indicators.yaml")
        return (Linter.lint(paths: [rules]).diagnostics.filter { $0.code == "weights_sum" }, rules + "/indicators.yaml")
    }

    @Test func theSumIsShownToFourDecimals() throws {
        let (found, file) = try weightsSum("0.125 * indicators.r + 0.75 * indicators.r")
        #expect(found.map(\.message.en) == ["the coefficients of 'doubled' add up to 0.875, not 1"])
        #expect(found.map(\.message.es) == ["los coeficientes de «doubled» suman 0.875, no 1"])
        // `    value: ` is 11 characters: the formula at column 12.
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 36, column: 12)])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func aSumJustShortOfOneIsReported() throws {
        #expect(try weightsSum("0.49 * indicators.r + 0.5 * indicators.r").found.map(\.message.en) == ["the coefficients of 'doubled' add up to 0.99, not 1"])
        #expect(try weightsSum("0.25 * indicators.r + 0.75 * indicators.r").found.isEmpty)
    }
}
