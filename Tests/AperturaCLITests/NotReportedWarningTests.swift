import Foundation
import Testing
import TestSupport

/// A report on a self-assessment with answers missing is not ready to be delivered (docs/GUIA-SUJETOS.md): its
/// header says so right after the score, in every format, and the JSON report counts the rules not reported.
@Suite struct NotReportedWarningTests {
    /// Zapopan (Examples/municipio-zapopan.yaml), every rule answered, with the given answer lines taken out.
    func zapopanWithout(_ lines: [String]) throws -> String {
        var text = try CLI.read("Examples/municipio-zapopan.yaml")
        for line in lines {
            #expect(text.contains(line))
            text = text.replacingOccurrences(of: line, with: "")
        }
        return text
    }

    static let evaluate = ["evaluate", "/dev/stdin", "--as-of", "2026-06-30"]

    @Test func twoRulesNotReportedAreCountedInTheHeader() throws {
        // solicitudes.respondidas_completas is read by two rules: solicitudes_completas (its indicator divides it by
        // the requests received, 3120 > 0, so the rule applies) and the check solicitudes_coherentes. Two rules.
        let input = try zapopanWithout(["    respondidas_completas: 2400\n"])
        let es = try CLI.run(Self.evaluate, input: input)
        let header = es.stdout.components(separatedBy: "\n")
        let score = try #require(header.firstIndex { $0.hasPrefix("Puntaje: ") })
        #expect(header[score + 1] == "Atención: 2 reglas no se pudieron juzgar porque faltan respuestas (no reportado); "
                + "el puntaje las cuenta como no cumplidas. Complete las respuestas antes de entregar.")
        let en = try CLI.run(Self.evaluate + ["--lang", "en"], input: input)
        #expect(en.stdout.contains("\nAttention: 2 rules could not be judged because answers are missing (not reported); "
                + "the score counts them as not met. Complete the answers before delivering.\n"))
        let markdown = try CLI.run(Self.evaluate + ["--format", "markdown"], input: input)
        // Right after the score and level (in bold), before the plain ratio.
        #expect(markdown.stdout.contains("** (umbrales propuestos)\n- **Atención:** 2 reglas no se pudieron juzgar porque faltan respuestas (no reportado); "
                + "el puntaje las cuenta como no cumplidas. Complete las respuestas antes de entregar.\n- Razón simple: "))
        let html = try CLI.run(Self.evaluate + ["--format", "html"], input: input)
        #expect(html.stdout.contains("<p class=\"alert\"><strong>Atención:</strong> 2 reglas no se pudieron juzgar porque faltan respuestas (no reportado); "
                + "el puntaje las cuenta como no cumplidas. Complete las respuestas antes de entregar.</p>"))
        let json = try CLI.run(Self.evaluate + ["--format", "json"], input: input)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["rules_not_reported"] as? Int == 2)
    }

    @Test func oneRuleNotReportedIsSingular() throws {
        // obligaciones.indice_portal is read only by cumplimiento_portal's indicator.
        let input = try zapopanWithout(["    indice_portal: 76.0\n"])
        let es = try CLI.run(Self.evaluate + ["--view", "gaps"], input: input)
        #expect(es.stdout.contains("\nAtención: 1 regla no se pudo juzgar porque faltan respuestas (no reportado); "
                + "el puntaje la cuenta como no cumplida. Complete las respuestas antes de entregar.\n"))
        let en = try CLI.run(Self.evaluate + ["--lang", "en"], input: input)
        #expect(en.stdout.contains("\nAttention: 1 rule could not be judged because answers are missing (not reported); "
                + "the score counts it as not met. Complete the answers before delivering.\n"))
    }

    @Test func aCompleteSelfAssessmentHasNoWarning() throws {
        let es = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"])
        #expect(!es.stdout.contains("Atención"))
        let html = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "html"])
        #expect(!html.stdout.contains("class=\"alert\""))
        let json = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["rules_not_reported"] as? Int == 0)
    }
}
