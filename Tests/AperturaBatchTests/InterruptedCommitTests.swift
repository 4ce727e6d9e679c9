import Foundation
import Testing

/// Stopped while it publishes its outputs, a run leaves one run's outputs, never a mix. results.csv, errors.csv
/// and warnings.csv used to be renamed into place first, then the earlier reports deleted (slow, for thousands),
/// and only then summary.json and report.html written: a SIGTERM or Ctrl-C in that window left the new results
/// beside the earlier summary, and the reports' folder half deleted under a `.old` name.
@Suite struct InterruptedCommitTests {
    /// The run is signalled the moment its results.csv is replaced. Whatever the timing, what is left must be
    /// the new run whole (the signal waits for the publishing to finish), with nothing hidden beside it.
    @Test func aSignalAsTheResultsArePublishedLeavesTheNewRunWhole() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let inputs = Fixtures.temporaryDirectory("commit-interrupt-in"), out = Fixtures.temporaryDirectory("commit-interrupt-out")
        let zapopan = Fixtures.read(Fixtures.zapopan)
        let count = 400
        for i in 0..<count {
            Fixtures.write(zapopan.replacingOccurrences(of: "id: SO-JAL-01120", with: "id: SO-JAL-\(10_000 + i)"), inputs + "/a\(1000 + i).yaml")
        }
        // An earlier run's outputs, each recognisable.
        try FileManager.default.createDirectory(atPath: out + "/institutions", withIntermediateDirectories: true)
        for name in ["results.csv", "errors.csv", "warnings.csv", "summary.json", "report.html"] { Fixtures.write("anterior\n", out + "/" + name) }
        for i in 1...300 { Fixtures.write("reporte anterior\n", out + "/institutions/" + String(format: "%06d", i) + "-SO-JAL-0\(i).md") }
        let earlier = inode(out + "/results.csv")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["batch", inputs, "--output", out, "--as-of", "2026-06-30", "--jobs", "1", "--per-institution", "markdown"]
        let said = Pipe()
        process.standardError = said
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var waited = 0
        while inode(out + "/results.csv") == earlier && process.isRunning && waited < 600_000 {
            usleep(100)
            waited += 1
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect([0, 143].contains(process.terminationStatus), "\(process.terminationStatus)")
        // Signalled once publishing had begun, it says the outputs stand whole, not that any were discarded.
        let stderr = String(decoding: said.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if process.terminationStatus == 143 {
            #expect(stderr.hasSuffix("\napertura: interrumpido al terminar; las salidas ya estaban escritas completas\n"), "\(stderr)")
        }

        #expect(Fixtures.files(out) == ["errors.csv", "institutions", "report.html", "results.csv", "summary.json", "warnings.csv"],
                "no hidden folder or temporary file is left")
        #expect(Fixtures.records(out + "/results.csv").count == count + 1)
        #expect(Fixtures.read(out + "/summary.json").contains("\"evaluated\" : \(count)"))
        #expect(Fixtures.read(out + "/report.html").hasPrefix("<!DOCTYPE html>"))
        for name in ["errors.csv", "warnings.csv"] { #expect(Fixtures.read(out + "/" + name) != "anterior\n", "\(name)") }
        let reports = Fixtures.files(out + "/institutions")
        #expect(reports.count == count)
        #expect(reports.allSatisfy { $0.contains("-SO-JAL-1") })
    }

    func inode(_ path: String) -> UInt {
        var info = stat()
        return stat(path, &info) == 0 ? UInt(info.st_ino) : 0
    }
}
