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
        // Filled with an identity and a period only, it is a readable self-assessment whose answers are all missing.
        let identified = r.stdout
            .replacingOccurrences(of: "  id: \"\"", with: "  id: SO-1")
            .replacingOccurrences(of: "  name: \"\"", with: "  name: Municipio X")
            .replacingOccurrences(of: "  state:\n", with: "  state: jalisco\n")
        let path = Scratch.url.appendingPathComponent("template-\(UUID().uuidString).yaml").path
        // The period is left blank, like every answer: forgotten, it is an error at each date, not a year nobody chose.
        try identified.write(toFile: path, atomically: true, encoding: .utf8)
        let lines = identified.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "  start:")) + 1
        #expect(lines[start - 2] == "period:" && lines[start] == "  end:")
        let unfilled = try CLI.run(["validate", path])
        #expect(unfilled.status == 65)
        #expect(unfilled.stderr.contains("\(path):\(start):3: error[missing_key]: la clave obligatoria «start» está vacía"), "\(unfilled.stderr)")
        #expect(unfilled.stderr.contains("\(path):\(start + 1):3: error[missing_key]: la clave obligatoria «end» está vacía\n"
            + "  = ayuda: escriba el último día del periodo que informa, AAAA-MM-DD: por ejemplo, 2025-12-31"), "\(unfilled.stderr)")
        #expect(unfilled.stderr.contains("= ayuda: escriba el primer día del periodo que informa, AAAA-MM-DD: por ejemplo, 2025-01-01"), "\(unfilled.stderr)")
        let filled = identified.replacingOccurrences(of: "  start:\n  end:\n", with: "  start: 2025-01-01\n  end: 2025-12-31\n")
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

    /// An evidence field is not required, but leaving it empty is no free pass: the rule that asks for it says
    /// «falta evidencia». Its comment says so (it said only «opcional», which reads as "may be skipped").
    @Test func anEvidenceFieldSaysWhatLeavingItEmptyCosts() throws {
        let es = try CLI.run(["template", "--kind", "municipio", "--order", "municipal"])
        #expect(es.stdout.contains("""
                # Enlaces o nombres de documento del acta de instalación y de las actas de sesión (lista de enlaces o documentos; \
            si la deja vacía, la respuesta que respalda cuenta como «falta evidencia», no como cumplida)
                acta:

            """))
        #expect(es.stdout.contains("(fecha AAAA-MM-DD; opcional)\n    fecha_instalacion:"))
        let en = try CLI.run(["template", "--lang", "en"])
        #expect(en.stdout.contains("(list of links or documents; left empty, the answer it backs counts as 'missing evidence', not as met)\n    acta:"))
    }

    @Test func englishTemplate() throws {
        let r = try CLI.run(["template", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("# Fill in every field"))
    }
}

/// `--kind` and `--order` must agree as a self-assessment's identity must: a kind of one order gets it
/// filled in, and a contradiction is a usage error rather than a template that `validate` would refuse.
@Suite struct TemplateIdentityTests {
    @Test func aKindOfOneOrderFillsInTheOrder() throws {
        let municipio = try CLI.run(["template", "--kind", "municipio"])
        #expect(municipio.status == 0)
        #expect(municipio.stdout.contains("  kind: municipio\n  # federal, estatal, municipal\n  order: municipal\n"))
        #expect(municipio.stdout.contains("  state:\n"))
        // A federal executive: federal, so no state to fill in.
        let federal = try CLI.run(["template", "--kind", "ejecutivo_federal"])
        #expect(federal.stdout.contains("  order: federal\n"))
        #expect(!federal.stdout.contains("  state:"))
        // A kind found at several orders leaves the order to the institution.
        let partido = try CLI.run(["template", "--kind", "partido"])
        #expect(partido.stdout.contains("\n  order:\n"))
        // No key of the template ends in a space: a key left blank is `order:`, as `state:` and every answer.
        #expect(!partido.stdout.split(separator: "\n").contains { $0.hasSuffix(" ") }, "\(partido.stdout)")
        #expect(try CLI.run(["template"]).stdout.contains("\n  kind:\n"))
    }

    @Test func aContradictoryOrderIsAUsageError() throws {
        let es = try CLI.run(["template", "--kind", "municipio", "--order", "federal"])
        #expect(es.status == 64)
        #expect(es.stdout.isEmpty)
        #expect(es.stderr.contains("--order: una institución de tipo «municipio» es del orden «municipal», no «federal»"), "\(es.stderr)")
        let en = try CLI.run(["template", "--kind", "ejecutivo_estatal", "--order", "municipal", "--lang", "en"])
        #expect(en.status == 64)
        #expect(en.stderr.contains("--order: an institution of kind 'ejecutivo_estatal' belongs to the 'estatal' order, not 'municipal'"), "\(en.stderr)")
    }
}
