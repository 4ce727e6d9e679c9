import Foundation
import TestSupport
import Testing

/// Request figures that contradict one another without leaving a ratio's range: 950 answered on time and 900
/// completely of 500 answered (1,000 received). The ratios (950 / 1000 = 0.95, 900 / 1000 = 0.9) met their goals
/// (0.9 and 0.8) while only `solicitudes_coherentes` failed; the indicators' `valid_when` now makes them errors.
@Suite struct ContradictoryRequestFiguresTests {
    func nuevoLeon() throws -> String {
        try CLI.copy("Examples/ejecutivo-estatal-nuevo-leon.yaml", replacing: [
            ("recibidas: 1312\n    respondidas: 1298\n    respondidas_en_plazo: 1205\n    respondidas_completas: 1010\n",
             "recibidas: 1000\n    respondidas: 500\n    respondidas_en_plazo: 950\n    respondidas_completas: 900\n")])
    }

    @Test func neitherRatioEarnsCredit() throws {
        let file = try nuevoLeon()
        let r = try CLI.run(["evaluate", file, "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("✔ cumple  Solicitudes respondidas en plazo"), "\(r.stdout)")
        #expect(!r.stdout.contains("✔ cumple  Solicitudes respondidas de forma completa"), "\(r.stdout)")
        #expect(r.stdout.contains("‼ error  Solicitudes respondidas en plazo [solicitudes_en_plazo]"))
        #expect(r.stdout.contains("las respuestas de las que se calcula se contradicen: no se cumple solicitudes.respondidas_en_plazo <= solicitudes.respondidas"))
        #expect(r.stdout.contains("las respuestas de las que se calcula se contradicen: no se cumple solicitudes.respondidas_completas <= solicitudes.respondidas"))
        let english = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--lang", "en"])
        #expect(english.stdout.contains("the answers it is computed from contradict one another: solicitudes.respondidas_en_plazo <= solicitudes.respondidas does not hold"), "\(english.stdout)")
    }

    @Test func validateWarnsOfBothRules() throws {
        let file = try nuevoLeon()
        let r = try CLI.run(["validate", file])
        #expect(r.stderr.contains("advertencia[rule_error]: la regla «Solicitudes respondidas en plazo» no se puede evaluar: las respuestas de las que se calcula se contradicen"), "\(r.stderr)")
        #expect(r.stderr.contains("advertencia[rule_error]: la regla «Solicitudes respondidas de forma completa» no se puede evaluar"), "\(r.stderr)")
    }

    /// Placed at the answer of the condition that fails, as a gap of a false condition is: `respondidas_en_plazo`
    /// (line 94, its value at column 27: four spaces and 22 characters) and `respondidas_completas` (line 95, column
    /// 28), not `recibidas` (92:16), the first answer either indicator reads.
    @Test func theErrorIsAtTheAnswersThatContradict() throws {
        let file = try nuevoLeon()
        let gaps = try CLI.gaps(file)
        #expect(gaps["solicitudes_en_plazo"]?["location"] as? String == "\(file):94:27")
        #expect(gaps["solicitudes_completas"]?["location"] as? String == "\(file):95:28")
        let r = try CLI.run(["validate", file])
        #expect(r.stderr.contains("\(file):94:27: advertencia[rule_error]: la regla «Solicitudes respondidas en plazo»"), "\(r.stderr)")
        #expect(r.stderr.contains("\(file):95:28: advertencia[rule_error]: la regla «Solicitudes respondidas de forma completa»"), "\(r.stderr)")
    }

    @Test func explainShowsTheCondition() throws {
        let file = try nuevoLeon()
        let r = try CLI.run(["explain", file, "--rule", "solicitudes_en_plazo", "--as-of", "2026-06-30"])
        #expect(r.stdout.contains(", válido si solicitudes.respondidas_en_plazo <= solicitudes.respondidas && solicitudes.respondidas <= solicitudes.recibidas (Rules/pai/indicators/acceso_informacion.yaml:45:17) → error: las respuestas"), "\(r.stdout)")
        let sheet = try CLI.run(["explain", "--rule", "solicitudes_completas"])
        #expect(sheet.stdout.contains("    Válido si: solicitudes.respondidas_completas <= solicitudes.respondidas && solicitudes.respondidas <= solicitudes.recibidas (Rules/pai/indicators/acceso_informacion.yaml:"), "\(sheet.stdout)")
    }
}
