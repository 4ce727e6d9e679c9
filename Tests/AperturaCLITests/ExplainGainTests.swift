import Foundation
import Testing
import TestSupport

/// `explain` gives a rule's gain as the reports' gaps give it: two decimals with a sign. It said 0.025 where the gap
/// said "+0.03" for the same rule and the same self-assessment; the JSON report keeps the gain's full precision.
@Suite struct ExplainGainTests {
    /// Zapopan with no one from the public on its committee: `comite_integrado` (weight 1) is not met. The PAI has four
    /// objectives of weight 1, and the rules that apply to Zapopan in oe_participacion weigh 10 in all (its score, 0.8,
    /// is 8 of them met), so meeting it adds 1/10 × 1/4 = 0.025, which two decimals round up to 0.03.
    @Test func explainAndTheGapsGiveTheSameFigure() throws {
        let path = try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [("integrantes_publico: 4", "integrantes_publico: 0")])
        let explain = try CLI.run(["explain", path, "--rule", "comite_integrado", "--as-of", "2026-06-30"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.hasSuffix("Resultado: no cumple (plazo 2027-12-31) (crédito 0; cumplirla sumaría +0.03 al puntaje).\n"), "\(explain.stdout)")
        let english = try CLI.run(["explain", path, "--rule", "comite_integrado", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(english.stdout.hasSuffix("(credit 0; meeting it would add +0.03 to the score).\n"), "\(english.stdout)")

        let gaps = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--view", "gaps"])
        let gap = try #require(gaps.stdout.components(separatedBy: "[comite_integrado]").dropFirst().first)
        #expect(gap.contains("\n     aporta +0.03 al puntaje · en "), "\(gaps.stdout)")

        let json = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let comite = try #require((report["gaps"] as? [[String: Any]])?.first { $0["rule"] as? String == "comite_integrado" })
        #expect(comite["gain"] as? Double == 0.025)
    }
}
