import AperturaBatch
import Foundation
import Testing

/// Nothing lost: a file with no self-assessment in it is one invalid input (`empty_document`), also when it is
/// over the 1 MiB past which a stream is handed out document by document, whether it can be cut at its `---`
/// lines (LF) or must be parsed whole (CR line breaks).
@Suite struct LargeStreamWithoutDocumentsTests {
    @Test(arguments: [("lf", "\n"), ("cr", "\r")])
    func aLargeFileOfCommentsIsOneEmptyInput(name: String, lineBreak: String) throws {
        let dir = Fixtures.temporaryDirectory("large-empty-\(name)")
        Fixtures.write(String(repeating: "# relleno" + lineBreak, count: (1 << 20) / 10 + 1), dir + "/comentarios.yaml")
        Fixtures.write(Fixtures.zapopan(as: 1), dir + "/valida.yaml")
        let out = Fixtures.temporaryDirectory("large-empty-\(name)-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        #expect(result.summary?.counts.inputs == 2)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 1)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [URL(fileURLWithPath: $0[0]).lastPathComponent, $0[1], $0[3]] } == [["comentarios.yaml", "1", "empty_document"]])
    }
}
