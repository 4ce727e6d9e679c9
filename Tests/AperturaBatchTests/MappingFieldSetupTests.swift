import AperturaBatch
import Foundation
import Testing

/// A mapping's fields are known before any input is read: one the form does not have stops the run at setup, as a
/// misspelt key of the mapping does (nothing read, nothing written, the error at its place in the mapping file),
/// with a suggestion of the field meant.
@Suite struct MappingFieldSetupTests {
    /// `solicitudes.recibida` (line 11 of the mapping, from column 3) for `solicitudes.recibidas`; the outputs of an
    /// earlier run in the output folder stay as they were.
    @Test func aMisspeltFieldStopsTheRunWithASuggestion() throws {
        let dir = Fixtures.temporaryDirectory("mapping-field-typo")
        let mapping = CSVMappingTests.mapping.replacingOccurrences(of: "solicitudes.recibidas:", with: "solicitudes.recibida:")
        #expect(mapping != CSVMappingTests.mapping)
        Fixtures.write(mapping, dir + "/mapping.yaml")
        Fixtures.write(CSVMappingTests.table, dir + "/tabla.csv")
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        Fixtures.write("earlier\n", out + "/results.csv")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        #expect(result.summary == nil)
        #expect(result.setupDiagnostics.map { "\($0.range?.file ?? ""):\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.code)" }
                == ["\(dir)/mapping.yaml:11:3 unknown_reference"])
        #expect(result.setupDiagnostics.first?.help?.es == "¿quiso decir «solicitudes.recibidas»?")
        #expect(result.setupDiagnostics.first?.help?.en == "did you mean 'solicitudes.recibidas'?")
        #expect(Fixtures.files(out) == ["results.csv"])
        #expect(Fixtures.read(out + "/results.csv") == "earlier\n")
    }
}
