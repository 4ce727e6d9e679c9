import Foundation
import Testing

/// `evaluate --format json --view ...`: the JSON report honours the view as text and Markdown do.
@Suite struct JSONViewTests {
    let zapopan = ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "json"]

    func object(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    /// The full report, with `objectives` and `findings` left out and `view: gaps` added; nothing else changes.
    @Test func theGapViewLeavesOutTheComplianceView() throws {
        let r = try CLI.run(zapopan + ["--view", "gaps"])
        #expect(r.status == 0, "\(r.stderr)")
        let full = try object(try CLI.read("Examples/expected/municipio-zapopan.report.json")).mutableCopy() as! NSMutableDictionary
        full.removeObjects(forKeys: ["objectives", "findings"])
        full["view"] = "gaps"
        #expect(try object(r.stdout) == full)
    }

    @Test func theComplianceViewLeavesOutTheGaps() throws {
        let r = try CLI.run(zapopan + ["--view", "compliance", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try object(r.stdout)
        #expect(report["gaps"] == nil)
        #expect(report["view"] as? String == "compliance")
        #expect((report["findings"] as? [Any])?.count == 18)
        #expect(report["language"] as? String == "en")
    }

    /// The full report stays byte for byte what it was: no `view` key.
    @Test func theFullReportHasNoViewKey() throws {
        let r = try CLI.run(zapopan + ["--view", "all"])
        #expect(r.stdout == (try CLI.read("Examples/expected/municipio-zapopan.report.json")))
    }
}
