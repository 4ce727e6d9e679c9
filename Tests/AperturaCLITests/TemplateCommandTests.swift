import Foundation
import Testing
import TestSupport

/// `apertura template`: a blank self-assessment that the tool itself reads back.
@Suite struct TemplateCommandTests {
    @Test func templateIsCommentedAndReadsBackAsAllNotReported() throws {
        let r = try CLI.run(["template", "--kind", "municipio", "--order", "municipal"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("  kind: municipio\n"))
        #expect(r.stdout.contains("# ¿Está instalado el Comité de Apertura de la institución? (true | false)"))
        #expect(r.stdout.contains("# Evidencia: Acta de instalación firmada"))
        // Filled with an identity only, it is a readable self-assessment whose answers are all missing.
        let filled = r.stdout
            .replacingOccurrences(of: "  id: \"\"", with: "  id: SO-1")
            .replacingOccurrences(of: "  name: \"\"", with: "  name: Municipio X")
            .replacingOccurrences(of: "  state:\n", with: "  state: jalisco\n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("template-\(UUID().uuidString).yaml").path
        try filled.write(toFile: path, atomically: true, encoding: .utf8)
        let evaluate = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--format", "json"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        #expect(!findings.isEmpty)
        // Nothing is met: every rule is either not reported or does not apply.
        #expect(findings.allSatisfy { ["not_reported", "not_applicable"].contains($0["outcome"] as? String ?? "") })
        #expect(report?["score"] as? Double == 0)
    }

    @Test func englishTemplate() throws {
        let r = try CLI.run(["template", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("# Fill in every field"))
    }
}
