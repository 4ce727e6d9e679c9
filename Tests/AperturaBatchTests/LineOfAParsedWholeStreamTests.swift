import AperturaBatch
import Foundation
import Testing

/// `line` in results.csv is where the self-assessment's mapping starts, not where its document does (a `---`
/// marker, comments above it): also in a large stream that cannot be cut into its documents (it has a `%`
/// directive) and is parsed whole, one document at a time.
@Suite struct LineOfAParsedWholeStreamTests {
    @Test func eachResultIsAtTheLineOfItsMapping() throws {
        let dir = Fixtures.temporaryDirectory("directive-stream")
        let first = Fixtures.zapopan(as: 1), second = Fixtures.zapopan(as: 2)
        let length = first.filter { $0 == "\n" }.count
        // Over the 1 MiB past which a stream is handed out document by document: the padding is comments at its end.
        let padding = String(repeating: "# relleno\n", count: (1 << 20) / 10 + 1)
        Fixtures.write("%YAML 1.2\n---\n" + first + "---\n" + second + padding, dir + "/lote.yaml")
        let out = Fixtures.temporaryDirectory("directive-stream-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        #expect(result.summary?.counts.evaluated == 2)
        // The Zapopan example has four comment lines above `apertura: 1`. The first document starts at line 3 (after
        // the directive and `---`), so its mapping at 7; the second after the first's lines and its own `---`.
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { [$0[1], $0[2]] }
                == [["7", "SO-JAL-91001"], [String(3 + length + 1 + 4), "SO-JAL-91002"]])
    }
}
