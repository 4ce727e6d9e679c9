import Foundation
import Testing
import TestSupport

/// The JSON report against docs/REPORT.md: keys documented as "number or null" / "object or null" are
/// present as `null` when there is no value, not left out.
@Suite struct ReportSchemaTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try CLI.run(["evaluate"] + arguments + ["--as-of", "2026-06-30", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// A temporary folder with a copy of the PAI policy that waives the given rules for Zapopan.
    func zapopanWaiving(_ rules: [String]) throws -> String {
        let dir = Scratch.url.appendingPathComponent("report-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var policy = try CLI.read("Policies/pai-inicio.yaml")
        policy += """

        waivers:
          - institution: SO-JAL-01120
            rules: [\(rules.joined(separator: ", "))]
            until: 2026-12-31
            reason: {es: Dispensa de prueba, en: Test waiver}
            source: {ref: sfp_ga_2024, section: "Cómo implementar un mecanismo"}

        """
        let path = dir.appendingPathComponent("policy.yaml").path
        try policy.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func absentValuesAreNull() throws {
        // The PAI policy reads no quadrants: `quadrant` is there, as null.
        let zapopan = try json(["Examples/municipio-zapopan.yaml"])
        #expect(zapopan.keys.contains("quadrant"))
        #expect(zapopan["quadrant"] is NSNull)
        // Tlalnelhuayocan (under 70,000 inhabitants): no open-data rule applies, so that objective has no score.
        let small = try json(["Examples/municipio-tlalnelhuayocan.yaml"])
        let objectives = try #require(small["objectives"] as? [[String: Any]])
        let datos = try #require(objectives.first { $0["id"] as? String == "oe_datos_abiertos" })
        #expect(datos["rules_applicable"] as? Int == 0)
        #expect(datos.keys.contains("score"))
        #expect(datos["score"] is NSNull)
    }

    @Test func noScoreAtAll() throws {
        // Every rule waived: nothing applies, so there is no score, no ratio and no level, all null.
        let rules = try #require((try json(["Examples/municipio-zapopan.yaml"]))["findings"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        let report = try json(["Examples/municipio-zapopan.yaml", "--policy", try zapopanWaiving(rules)])
        #expect(report["rules_applicable"] as? Int == 0)
        #expect(report["rules_met"] as? Int == 0)
        for key in ["score", "weighted_score", "ratio", "level", "quadrant"] {
            #expect(report.keys.contains(key), "\(key) missing")
            #expect(report[key] is NSNull, "\(key) not null")
        }
        #expect((report["gaps"] as? [Any])?.isEmpty == true)
    }
}
