import AperturaBatch
import Foundation
import Testing

/// summary.json is never emptied by a number JSON has no way to write.
@Suite struct SummaryEncodingTests {
    @Test func aMeanPastTheRangeOfNumbersIsWrittenAsInfinity() throws {
        let out = Fixtures.temporaryDirectory("summary-encoding")
        let result = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        var summary = try #require(result.summary)
        #expect(!summary.indicators.isEmpty)
        summary.indicators[0].mean = .infinity
        let text = SummaryJSON.render(summary)
        #expect(text.contains("\"mean\" : \"Infinity\""), "\(text.prefix(200))")
        #expect(text.contains("\"schema\" : \"apertura.batch.summary/1\""))
    }
}
