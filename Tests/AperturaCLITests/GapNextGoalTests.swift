import Foundation
import Testing
import TestSupport

/// Every gap carries the next phase's goal when the rule sets one, whatever keeps it open (docs/REPORT.md:
/// `next_goal`, `next_deadline`). Expected values worked out by hand from the rule files and the PAI calendar.
@Suite struct GapNextGoalTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try CLI.run(["evaluate"] + arguments + ["--as-of", "2026-06-30", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func everyGapHasTheNextPhaseGoal() throws {
        // Tlalnelhuayocan's `mecanismos_operando` is "missing evidence" (one mechanism, no minutes). The rule
        // sets ≥ 2 (proposed) for consolidacion, which ends 2030-12-31 in the PAI calendar.
        let small = try json(["Examples/municipio-tlalnelhuayocan.yaml"])
        let gaps = try #require(small["gaps"] as? [[String: Any]])
        let mecanismos = try #require(gaps.first { $0["rule"] as? String == "mecanismos_operando" })
        #expect(mecanismos["outcome"] as? String == "missing_evidence")
        let next = try #require(mecanismos["next_goal"] as? [String: Any])
        #expect(next["phase"] as? String == "consolidacion")
        #expect(next["target"] as? String == "≥ 2")
        #expect(next["status"] as? String == "proposed")
        #expect(mecanismos["next_deadline"] as? String == "2030-12-31")
    }

    @Test func aNotReportedGapHasTheNextPhaseGoalToo() throws {
        // Zapopan without `obligaciones.indice_portal`: `cumplimiento_portal` is not reported; its consolidacion
        // goal is 90 on a 0-100 score (proposed).
        let dir = Scratch.url.appendingPathComponent("report-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = try CLI.read("Examples/municipio-zapopan.yaml").replacingOccurrences(of: "    indice_portal: 76.0\n", with: "")
        let path = dir.appendingPathComponent("zapopan.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try json([path, "--lang", "en"])
        let gaps = try #require(report["gaps"] as? [[String: Any]])
        let portal = try #require(gaps.first { $0["rule"] as? String == "cumplimiento_portal" })
        #expect(portal["outcome"] as? String == "not_reported")
        #expect(portal["actual"] == nil)
        #expect((portal["next_goal"] as? [String: Any])?["target"] as? String == "≥ 90 / 100")
        #expect(portal["next_deadline"] as? String == "2030-12-31")
        // The text report shows it as well, marked proposed, and never as met.
        let r = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--lang", "en", "--view", "gaps"])
        #expect(r.stdout.contains("next phase: ≥ 90 / 100 [proposed goal] by 2030-12-31"))
        #expect(!r.stdout.contains("✔"))
    }
}
