import Foundation
import Testing
import TestSupport

/// A gap "no reportado" is closed first by answering: its "qué hacer" names the answers missing before the rule's
/// own remediation, which says how to meet the rule once it can be judged.
@Suite struct NotReportedAdviceTests {
    /// Zapopan (Examples/municipio-zapopan.yaml) without its portal index: cumplimiento_portal, the only rule that
    /// reads obligaciones.indice_portal, is not reported.
    func zapopanWithoutPortalIndex() throws -> String {
        let text = try CLI.read("Examples/municipio-zapopan.yaml")
        #expect(text.contains("    indice_portal: 76.0\n"))
        return text.replacingOccurrences(of: "    indice_portal: 76.0\n", with: "")
    }

    static let gaps = ["evaluate", "/dev/stdin", "--as-of", "2026-06-30", "--view", "gaps"]

    @Test func theAdviceStartsWithTheAnswersToGive() throws {
        let input = try zapopanWithoutPortalIndex()
        let es = try CLI.run(Self.gaps, input: input)
        #expect(es.stdout.contains("qué hacer: Primero responda en la autoevaluación lo que falta: `obligaciones.indice_portal`. "
                + "Revise las fracciones con criterios incumplidos en el dictamen de verificación,"), "\(es.stdout)")
        let en = try CLI.run(Self.gaps + ["--lang", "en"], input: input)
        #expect(en.stdout.contains("what to do: First answer what is missing in the self-assessment: `obligaciones.indice_portal`. "
                + "Review the fractions with unmet criteria in the verification ruling,"), "\(en.stdout)")
        let markdown = try CLI.run(Self.gaps + ["--format", "markdown"], input: input)
        #expect(markdown.stdout.contains("   - Qué hacer: Primero responda en la autoevaluación lo que falta: `obligaciones.indice_portal`. Revise las fracciones"))
        let html = try CLI.run(Self.gaps + ["--format", "html"], input: input)
        #expect(html.stdout.contains("<strong>Qué hacer:</strong> Primero responda en la autoevaluación lo que falta: "
                + "<code>obligaciones.indice_portal</code>. Revise las fracciones"))
    }

    @Test func aGapNotMetKeepsTheRuleAdviceAlone() throws {
        // The portal index answered (76 against 80): the rule's remediation, with nothing to answer first.
        let es = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--view", "gaps"])
        #expect(es.stdout.contains("qué hacer: Revise las fracciones con criterios incumplidos en el dictamen de verificación,"))
        #expect(!es.stdout.contains("Primero responda"))
    }
}
