import AperturaEngine
import Testing

/// Reports print values "up to four decimals, without trailing zeros" (IndicatorValue.format): a value that rounds
/// to a whole number at four decimals is that whole number, "2" as 2 itself is printed, never "2.0"; and a tiny
/// negative value is "0", never "-0.0".
@Suite struct WholeNumberFormatTests {
    @Test(arguments: [(1.99999, "2"), (2.00004, "2"), (0.00004, "0"), (-0.00001, "0"), (-2.99996, "-3"), (0.25, "0.25"), (1.99994, "1.9999")])
    func roundingToAWholeNumberPrintsIt(_ value: Double, _ text: String) {
        #expect(IndicatorValue.format(value) == text)
    }
}
