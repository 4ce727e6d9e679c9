@testable import AperturaLoader
import Testing

/// How plain scalars read as numbers and booleans, in both readers (they share these functions).
/// Expected values from YAML 1.2's core schema, float without `.nan` and `.inf`:
/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
@Suite struct ScalarSyntaxTests {
    @Test(arguments: [
        ("1", 1.0), ("+1.5", 1.5), ("-.5", -0.5), ("5.", 5.0), ("1e5", 100_000.0), ("2.5E-1", 0.25), ("-0", -0.0), ("007", 7.0),
    ])
    func numbers(_ text: String, _ value: Double) {
        #expect(LoadContext.number(text) == value)
    }

    @Test(arguments: [".", "", "+", "-", "1e", "1e+", "e5", "1.2.3", " 1", "1 ", "1_000", "0x1F", ".inf", "-.inf", ".nan", "١", "1e999", "½"])
    func notNumbers(_ text: String) {
        #expect(LoadContext.number(text) == nil)
    }

    @Test(arguments: [("42", Int64(42)), ("+7", 7), ("-0", 0), ("9223372036854775807", .max)])
    func wholeNumbers(_ text: String, _ value: Int64) {
        #expect(LoadContext.integer(text) == value)
    }

    @Test(arguments: ["4.0", "9223372036854775808", "1e3", "", "+-1", "0x10"])
    func notWholeNumbers(_ text: String) {
        #expect(LoadContext.integer(text) == nil)
    }

    @Test(arguments: [("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false)])
    func booleans(_ text: String, _ value: Bool) {
        #expect(LoadContext.boolean(text) == value)
    }

    @Test(arguments: ["yes", "no", "on", "off", "sí", "tRUE", "1", ""])
    func notBooleans(_ text: String) {
        #expect(LoadContext.boolean(text) == nil)
    }
}
