import AperturaBatch
import Foundation
import Testing

/// `apertura generate` and `apertura batch` through the executable: arguments, files written, exit status.
@Suite struct CommandLineTests {
    @Test func generateIsDeterministicThroughTheCommand() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let a = Fixtures.temporaryDirectory("cli-gen-a"), b = Fixtures.temporaryDirectory("cli-gen-b")
        #expect(try Fixtures.run(executable, ["generate", "--count", "12", "--seed", "5", "--output", a]) == 0)
        #expect(try Fixtures.run(executable, ["generate", "--count", "12", "--seed", "5", "--output", b]) == 0)
        #expect(Fixtures.files(a).count == 12)
        #expect(Fixtures.files(a) == Fixtures.files(b))
        #expect(Fixtures.files(a).map { Fixtures.bytes(a + "/" + $0) } == Fixtures.files(b).map { Fixtures.bytes(b + "/" + $0) })
        let stream = Fixtures.temporaryDirectory("cli-gen-stream")
        #expect(try Fixtures.run(executable, ["generate", "--count", "12", "--seed", "5", "--stream", "--output", stream]) == 0)
        #expect(Fixtures.files(stream) == [PopulationWriter.streamFileName])
    }

    /// Without `--seed` the seed is 1 (docs/BATCH.md: "seed 1 unless `--seed` gives another"): the same bytes as
    /// `--seed 1`, and not those of another seed.
    @Test func theDefaultSeedIsOne() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let plain = Fixtures.temporaryDirectory("cli-gen-default"), one = Fixtures.temporaryDirectory("cli-gen-seed1")
        let zero = Fixtures.temporaryDirectory("cli-gen-seed0")
        #expect(try Fixtures.run(executable, ["generate", "--count", "3", "--output", plain]) == 0)
        #expect(try Fixtures.run(executable, ["generate", "--count", "3", "--seed", "1", "--output", one]) == 0)
        #expect(try Fixtures.run(executable, ["generate", "--count", "3", "--seed", "0", "--output", zero]) == 0)
        let contents = { (dir: String) in Fixtures.files(dir).map { Fixtures.bytes(dir + "/" + $0) } }
        #expect(Fixtures.files(plain).count == 3)
        #expect(contents(plain) == contents(one))
        #expect(contents(plain) != contents(zero))
    }

    @Test func batchWritesPerInstitutionReportsInEnglish() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let out = Fixtures.temporaryDirectory("cli-batch")
        let status = try Fixtures.run(executable, ["batch"] + Fixtures.paiExamples.prefix(3)
                                      + ["--output", out, "--as-of", "2026-06-30", "--jobs", "2", "--lang", "en", "--per-institution", "markdown"])
        #expect(status == 0)
        #expect(Fixtures.files(out + "/institutions").count == 3)
        #expect(Fixtures.files(out + "/institutions").allSatisfy { $0.hasPrefix("00000") && $0.hasSuffix(".md") })
        #expect(Fixtures.read(out + "/report.html").contains("<html lang=\"en\">"))
        #expect(Fixtures.read(out + "/summary.json").contains("\"schema\" : \"apertura.batch.summary/1\""))
    }

    /// Without --rules, the rule set is the one the inputs name: a first file naming none that is bundled
    /// (`rule_set: PAI`) is one invalid input, and the others are evaluated with the rule set they name.
    @Test func aFirstInputNamingAnUnknownRuleSetDoesNotDecideTheRun() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let dir = Fixtures.temporaryDirectory("cli-first-typo")
        Fixtures.write(Fixtures.zapopan(as: 1).replacingOccurrences(of: "rule_set: pai", with: "rule_set: PAI"), dir + "/a.yaml")
        Fixtures.write(Fixtures.zapopan(as: 2), dir + "/b.yaml")
        let out = Fixtures.temporaryDirectory("cli-first-typo-out")
        #expect(try Fixtures.run(executable, ["batch", dir, "--output", out, "--as-of", "2026-06-30"]) == 65)
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { $0[2] } == ["SO-JAL-91002"])
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [URL(fileURLWithPath: $0[0]).lastPathComponent, $0[3]] } == [["a.yaml", "rule_set_mismatch"]])
        #expect(errors.first?[4].hasSuffix("(escriba «pai», en minúsculas y sin espacios)") == true)
    }

    /// Stopped after some per-institution reports were written: the earlier reports are as they were, and the
    /// new ones are gone with their hidden folder. With one job a window of 128 inputs is worked out before the
    /// one before it is written: 300 self-assessments come before the pipe, so the first window's reports are
    /// written while the third waits at it.
    @Test func aStoppedRunLeavesTheEarlierReports() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let inputs = Fixtures.temporaryDirectory("cli-interrupt-reports-in"), out = Fixtures.temporaryDirectory("cli-interrupt-reports-out")
        let pipe = Fixtures.temporaryDirectory("cli-interrupt-reports-pipe") + "/zz.yaml"
        let zapopan = Fixtures.read(Fixtures.zapopan)
        for i in 0..<300 {
            Fixtures.write(zapopan.replacingOccurrences(of: "id: SO-JAL-01120", with: "id: SO-JAL-\(10_000 + i)"), inputs + "/a\(1000 + i).yaml")
        }
        #expect(mkfifo(pipe, 0o600) == 0)
        try FileManager.default.createDirectory(atPath: out + "/institutions", withIntermediateDirectories: true)
        Fixtures.write("reporte anterior\n", out + "/institutions/000001-SO-JAL-01120.md")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["batch", inputs, pipe, "--output", out, "--as-of", "2026-06-30", "--jobs", "1", "--per-institution", "markdown"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // New reports appear in the hidden folder as the first window is written.
        func staged() -> [String] {
            Fixtures.files(out).filter { $0.hasPrefix(".institutions.tmp-") }.flatMap { Fixtures.files(out + "/" + $0) }.filter { $0.hasSuffix(".md") }
        }
        var waited = 0
        while staged().count < 128 && waited < 3000 && process.isRunning {
            usleep(10_000)
            waited += 1
        }
        #expect(staged().count >= 128, "the first window's reports are written before the run waits at the pipe")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        #expect(Fixtures.files(out) == ["institutions"], "no hidden folder or temporary file is left")
        #expect(Fixtures.files(out + "/institutions") == ["000001-SO-JAL-01120.md"])
        #expect(Fixtures.read(out + "/institutions/000001-SO-JAL-01120.md") == "reporte anterior\n")
    }

    /// Stopped in the middle of a run (SIGTERM here; Ctrl-C's SIGINT takes the same path, but a test
    /// runner may ignore it for its children): exit status 143, the earlier outputs untouched, no temporary
    /// file left behind. The run is held at a named pipe that nobody writes (named on the command line, a pipe
    /// is read), so the signal always finds it working. What it says is in the run's language only (it was both
    /// at once, Spanish first).
    @Test(arguments: [false, true])
    func aStoppedRunLeavesNoTemporaryFiles(_ english: Bool) throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let inputs = Fixtures.temporaryDirectory("cli-interrupt-in"), out = Fixtures.temporaryDirectory("cli-interrupt-out")
        let pipe = Fixtures.temporaryDirectory("cli-interrupt-pipe") + "/b.yaml"
        try FileManager.default.copyItem(atPath: Fixtures.zapopan, toPath: inputs + "/a.yaml")
        #expect(mkfifo(pipe, 0o600) == 0)
        Fixtures.write("resultados de una corrida anterior\n", out + "/results.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["batch", inputs, pipe, "--output", out, "--as-of", "2026-06-30", "--jobs", "1"] + (english ? ["--lang", "en"] : [])
        let said = Pipe()
        process.standardError = said
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The outputs' temporary files appear as the run starts.
        var waited = 0
        while !Fixtures.files(out).contains(where: { $0.hasPrefix(".results.csv.tmp-") }) && waited < 2000 && process.isRunning {
            usleep(10_000)
            waited += 1
        }
        #expect(process.isRunning, "the run waits at the pipe")
        process.terminate()
        waited = 0
        while process.isRunning && waited < 1000 {
            usleep(10_000)
            waited += 1
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        #expect(Fixtures.files(out) == ["results.csv"], "only the earlier output is left")
        #expect(Fixtures.read(out + "/results.csv") == "resultados de una corrida anterior\n")
        let stderr = String(decoding: said.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.hasSuffix(english ? "\napertura: interrupted; partly written outputs were discarded\n"
                                         : "\napertura: interrumpido; se descartaron las salidas a medio escribir\n"), "\(stderr)")
    }

    @Test func usageErrorsExit64() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        #expect(try Fixtures.run(executable, ["batch", "Examples", "--output", Fixtures.temporaryDirectory("cli-jobs"), "--jobs", "0"]) == 64)
        #expect(try Fixtures.run(executable, ["batch", "Examples", "--output", Fixtures.temporaryDirectory("cli-jobs"), "--jobs", "257"]) == 64)
        #expect(try Fixtures.run(executable, ["batch", "Examples"]) == 64)
    }

    /// `generate` into a place that cannot be a folder: an output error (74), not an internal one.
    @Test func generateIntoAFileIsAnOutputError() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let file = Fixtures.temporaryDirectory("cli-generate") + "/ya-existe.yaml"
        Fixtures.write("x: 1\n", file)
        #expect(try Fixtures.run(executable, ["generate", "--count", "2", "--seed", "1", "--output", file]) == 74)
        #expect(Fixtures.read(file) == "x: 1\n")
    }
}
