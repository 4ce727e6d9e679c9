import AperturaBatch
import Foundation
import Testing

/// The tables a batch writes open in Excel with their accents intact: UTF-8 with a byte order mark.
@Suite struct SpreadsheetOutputTests {
    @Test func resultsAndErrorsStartWithAByteOrderMark() throws {
        let out = Fixtures.temporaryDirectory("spreadsheet") + "/out"
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples + [Fixtures.root + "/Examples/broken/tipo-incorrecto.yaml"],
                                             outputDirectory: out, rules: Fixtures.paiRules, policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        for name in ["results.csv", "errors.csv"] {
            let bytes = Fixtures.bytes(out + "/" + name)
            #expect(Array(bytes.prefix(8)) == [0xEF, 0xBB, 0xBF] + Array("file,".utf8), "\(name)")
            // Read back, the mark is not part of the first column's name.
            #expect(Fixtures.records(out + "/" + name).first?.first == "file")
        }
    }
}
