import Foundation
import Testing
import TestSupport

/// A batch's published outputs say which tool produced them, with the version `apertura --version` prints.
@Suite struct PublishedVersionTests {
    @Test func summaryAndReportCarryTheToolsVersion() throws {
        let version = try CLI.run(["--version"]).stdout.trimmingCharacters(in: .newlines)
        #expect(!version.isEmpty)
        let out = Scratch.url.appendingPathComponent("published-version-\(UUID().uuidString)").path
        let run = try CLI.run(["batch", "Examples/municipio-zapopan.yaml", "--output", out, "--as-of", "2026-06-30"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
        #expect(summary?["tool_version"] as? String == version)
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html.contains("<footer><p>Generado por apertura \(version) (batch).</p></footer>"))
    }
}
