import AperturaReports
import AperturaBatch
import Foundation
import Testing

@Suite struct AtomicWriteTests {
    @Test func aRunLeavesOnlyItsOutputs() throws {
        let out = Fixtures.temporaryDirectory("atomic")
        _ = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 2, perInstitution: .markdown))
        #expect(Fixtures.files(out) == ["errors.csv", "institutions", "report.html", "results.csv", "summary.json", "warnings.csv"])
        let reports = Fixtures.files(out + "/institutions")
        #expect(reports.count == 12)  // one per PAI example
        #expect(reports.allSatisfy { !$0.hasPrefix(".") && $0.hasSuffix(".md") })
    }

    @Test func aDiscardedWriterLeavesTheOldFileAndNoTemporary() throws {
        let dir = Fixtures.temporaryDirectory("discard")
        let path = dir + "/results.csv"
        try AtomicFileWriter.write("old\n", to: path)
        let writer = try AtomicFileWriter(path: path)
        try writer.write("half of a new fi")
        #expect(Fixtures.files(dir).count == 2, "the temporary file sits beside the target while writing")
        #expect(Fixtures.read(path) == "old\n")
        writer.discard()
        #expect(Fixtures.files(dir) == ["results.csv"])
        #expect(Fixtures.read(path) == "old\n")
    }
}
