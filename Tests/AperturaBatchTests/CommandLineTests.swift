import AperturaBatch
import Foundation
import Testing

/// `apertura generate` and `apertura batch` through the executable: arguments, files written, exit status.
@Suite struct CommandLineTests {
    static func files(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test func generateIsDeterministicThroughTheCommand() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let a = Fixtures.temporaryDirectory("cli-gen-a"), b = Fixtures.temporaryDirectory("cli-gen-b")
        #expect(try Fixtures.run(executable, ["generate", "--count", "12", "--seed", "5", "--output", a]) == 0)
        #expect(try Fixtures.run(executable, ["generate", "--count", "12", "--seed", "5", "--output", b]) == 0)
        #expect(Self.files(a).count == 12)
        #expect(Self.files(a) == Self.files(b))
        #expect(Self.files(a).map { Fixtures.bytes(a + "/" + $0) } == Self.files(b).map { Fixtures.bytes(b + "/" + $0) })
        let stream = Fixtures.temporaryDirectory("cli-gen-stream")
        #expect(try Fixtures.run(executable, ["generate", "--count", "12", "--seed", "5", "--stream", "--output", stream]) == 0)
        #expect(Self.files(stream) == [PopulationWriter.streamFileName])
    }

    @Test func batchWritesPerInstitutionReportsInEnglish() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let out = Fixtures.temporaryDirectory("cli-batch")
        let status = try Fixtures.run(executable, ["batch"] + Fixtures.paiExamples.prefix(3)
                                      + ["--output", out, "--as-of", "2026-06-30", "--jobs", "2", "--lang", "en", "--per-institution", "markdown"])
        #expect(status == 0)
        #expect(Self.files(out + "/institutions").count == 3)
        #expect(Self.files(out + "/institutions").allSatisfy { $0.hasPrefix("00000") && $0.hasSuffix(".md") })
        #expect(Fixtures.read(out + "/report.html").contains("<html lang=\"en\">"))
        #expect(Fixtures.read(out + "/summary.json").contains("\"schema\" : \"apertura.batch.summary/1\""))
    }

    @Test func usageErrorsExit64() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        #expect(try Fixtures.run(executable, ["batch", "Examples", "--output", Fixtures.temporaryDirectory("cli-jobs"), "--jobs", "0"]) == 64)
        #expect(try Fixtures.run(executable, ["batch", "Examples"]) == 64)
    }
}
