@testable import AperturaBatch
import Foundation
import Testing

/// Inputs too large or endless to hold in memory: refused after a bounded read, with their own error,
/// and the rest of the run goes on.
@Suite struct HugeInputTests {
    /// A device named as an input never ends: read up to 64 MiB, then refused.
    @Test func anEndlessDeviceIsRefusedAfterABoundedRead() {
        guard case .failure(let failure) = InputFileReader.bytes(atPath: "/dev/zero") else {
            Issue.record("/dev/zero was read as a whole file")
            return
        }
        #expect(failure.diagnostics.map(\.code) == ["input_too_large"])
        #expect(failure.line == 1)
    }

    /// Named as a CSV table, it is one endless record: the table ends at 1 MiB with an error at its start.
    @Test func anEndlessRecordEndsTheTable() throws {
        var reader = try #require(CSVReader.records(atPath: "/dev/zero"))
        guard case .failure(let diagnostic)? = reader.next() else {
            Issue.record("an endless record was read")
            return
        }
        #expect(diagnostic.code == "csv_record_too_large")
        #expect(diagnostic.range?.start.line == 1 && diagnostic.range?.start.column == 1)
        #expect(reader.next() == nil)
    }

    /// A row over 1 MiB after good rows: the good rows are read, the long one ends the table at its own line.
    @Test func aHugeRowAfterGoodRowsIsPlacedAtItsLine() throws {
        let dir = Fixtures.temporaryDirectory("huge-row")
        let text = "a,b\n1,2\n3,\"" + String(repeating: "x", count: (1 << 20) + 10) + "\"\n5,6\n"
        Fixtures.write(text, dir + "/t.csv")
        var reader = try #require(CSVReader.records(atPath: dir + "/t.csv"))
        var lines: [Int] = []
        var codes: [String] = []
        while let item = reader.next() {
            switch item {
            case .record(let record): lines.append(record.line)
            case .failure(let diagnostic), .undecodable(let diagnostic, _):
                codes.append("\(diagnostic.code)@\(diagnostic.range!.start.line):\(diagnostic.range!.start.column)")
            }
        }
        #expect(lines == [1, 2])
        #expect(codes == ["csv_record_too_large@3:1"])
    }

    /// In a large stream, a document over the 8 MiB limit is refused from its size, and the documents
    /// after it are still evaluated.
    @Test func aTooLargeDocumentInAStreamStopsOnlyItself() throws {
        let dir = Fixtures.temporaryDirectory("huge-document")
        var text = ""
        for n in 1...3 { text += Fixtures.zapopan(as: n) + "\n---\n" }
        let bigLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "nota: \"" + String(repeating: "x", count: 9 << 20) + "\"\n---\n" + Fixtures.zapopan(as: 4)
        Fixtures.write(text, dir + "/lote.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/lote.yaml"], outputDirectory: dir + "/out", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 2))
        #expect(result.summary?.counts.evaluated == 4)
        #expect(result.summary?.counts.invalid == 1)
        let errors = Fixtures.records(dir + "/out/errors.csv")
        // Placed at the `---` line that starts it, the line before its own.
        #expect(errors.dropFirst().map { [$0[1], $0[3]] } == [[String(bigLine - 1), "yaml_too_large"]])
    }

    /// Over 64 MiB and not cut into documents (here one endless line of NUL bytes): refused without being read whole.
    @Test func anUncuttableHugeFileIsRefused() throws {
        let dir = Fixtures.temporaryDirectory("huge-file")
        let path = dir + "/uno.yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(InputFileReader.maximumWholeBytes + 1)) == 0)
        let result = try BatchRunner.run(BatchOptions(inputs: [path], outputDirectory: dir + "/out", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        #expect(result.summary?.counts.invalid == 1)
        #expect(Fixtures.records(dir + "/out/errors.csv").dropFirst().map { $0[3] } == ["input_too_large"])
    }
}
