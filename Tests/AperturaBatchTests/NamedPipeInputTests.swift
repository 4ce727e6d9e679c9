import AperturaBatch
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe named on the command line is read (docs/BATCH.md, "Inputs"): its size is not known beforehand, so it is
/// read to its end, every byte of it, first one included.
@Suite struct NamedPipeInputTests {
    @Test func aSelfAssessmentWrittenIntoAPipeIsEvaluatedWhole() throws {
        let dir = Fixtures.temporaryDirectory("named-pipe")
        let pipe = dir + "/entrega.yaml"
        #expect(mkfifo(pipe, 0o600) == 0)
        let text = Fixtures.zapopan(as: 1)
        let writer = Thread {
            let fd = open(pipe, O_WRONLY)
            guard fd >= 0 else { return }
            var bytes = Array(text.utf8)
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
                if n <= 0 { break }
                done += n
            }
            close(fd)
        }
        writer.start()
        let out = Fixtures.temporaryDirectory("named-pipe-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [pipe], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 0)
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { [$0[1], $0[2]] } == [["5", "SO-JAL-91001"]])
    }
}
