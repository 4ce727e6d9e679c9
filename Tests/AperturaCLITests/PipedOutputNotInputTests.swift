import Foundation
import TestSupport
import Testing

/// `cat a.yaml | apertura evaluate - --output a.yaml`: a pipe's origin is unknown, but a file holding exactly the bytes
/// read from standard input is most likely it; refused (`output_is_input`, exit 64) and left as it was.
@Suite struct PipedOutputNotInputTests {
    @Test(arguments: [["evaluate", "-", "--as-of", "2026-06-30"], ["validate", "-", "--format", "json"]])
    func aFileHoldingWhatWasPipedIsNotReplaced(_ command: [String]) throws {
        let file = try CLI.copy("Examples/sindicato-sonora.yaml", replacing: [])
        let yaml = try String(contentsOfFile: file, encoding: .utf8)
        let r = try CLI.run(command + ["--output", file], input: yaml)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("holds exactly what was read from standard input") || r.stderr.contains("tiene exactamente lo que se leyó de la entrada estándar"), "\(r.stderr)")
        #expect(r.stderr.contains("[output_is_input]"), "\(r.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == yaml)
    }

    /// A file of the same size but other bytes is no copy of the input: written.
    @Test func aFileOfTheSameSizeIsWritten() throws {
        let file = try CLI.copy("Examples/sindicato-sonora.yaml", replacing: [])
        let yaml = try String(contentsOfFile: file, encoding: .utf8)
        try String(repeating: "x", count: yaml.utf8.count).write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["evaluate", "-", "--as-of", "2026-06-30", "--output", file], input: yaml)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("Reporte de cumplimiento"))
    }
}
