import Foundation
import Testing
import TestSupport

/// A yes/no rule not met through one condition of its `&&` chain is closed at that condition's answer, not at the
/// first answer the rule reads: `comite_integrado` is `comite.instalado && comite.integrantes_institucion >= 1 &&
/// comite.integrantes_garante >= 1 && comite.integrantes_publico >= 1` (Rules/pai/indicators/participacion.yaml).
/// In Examples/municipio-zapopan.yaml `instalado: true` is line 17 (value at column 16), `integrantes_garante: 1`
/// line 20 and `integrantes_publico: 4` line 21 (values at column 26: four spaces and 21 characters before them).
@Suite struct FailedConditionPlaceTests {

    func zapopan(_ edits: [(old: String, new: String)]) throws -> String {
        try CLI.copy("Examples/municipio-zapopan.yaml", replacing: edits)
    }

    @Test func theFalseConditionPlacesTheGap() throws {
        // Installed, 2 from the institution, 1 from the guarantor, 0 from the public: the fourth condition fails.
        let file = try zapopan([("integrantes_publico: 4", "integrantes_publico: 0")])
        let gap = try #require(try CLI.gaps(file)["comite_integrado"])
        #expect(gap["outcome"] as? String == "not_met")
        #expect(gap["location"] as? String == "\(file):21:26")
        // The text and HTML views show the same place (Markdown shows none).
        let text = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--view", "gaps"])
        #expect(text.stdout.contains("aporta +0.03 al puntaje · en \(file):21:26\n     qué hacer: Incorpore al Comité"), "\(text.stdout)")
        let html = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--view", "gaps", "--format", "html"])
        #expect(html.stdout.contains("<code>\(file):21:26</code>"))
        #expect(!html.stdout.contains("\(file):17:16"))
    }

    @Test func theFirstConditionFailingIsTheFirstAnswer() throws {
        // Not installed: the chain's first condition is false, at `instalado` (17:16).
        let file = try zapopan([("instalado: true", "instalado: false")])
        #expect(try CLI.gaps(file)["comite_integrado"]?["location"] as? String == "\(file):17:16")
    }

    @Test func ofTwoFalseConditionsTheFirstWins() throws {
        // Nobody from the guarantor (line 20) and nobody from the public (line 21): the guarantor's comes first.
        let file = try zapopan([("integrantes_garante: 1", "integrantes_garante: 0"), ("integrantes_publico: 4", "integrantes_publico: 0")])
        #expect(try CLI.gaps(file)["comite_integrado"]?["location"] as? String == "\(file):20:26")
    }

    @Test func aFalseCheckConditionIsPlacedAtTheAnswerItReadsFirst() throws {
        // solicitudes_coherentes checks `respondidas <= recibidas && respondidas_en_plazo <= respondidas &&
        // respondidas_completas <= respondidas`. INE's completas (2910, line 155) pass its respondidas (2900): the
        // third condition fails, and it reads `respondidas_completas` first (column 28: four spaces, 23 characters).
        let gap = try #require(try CLI.gaps("Examples/autonomo-ine.yaml")["solicitudes_coherentes"])
        #expect(gap["outcome"] as? String == "not_met")
        #expect(gap["location"] as? String == "Examples/autonomo-ine.yaml:155:28")
    }

    @Test func aNumericRuleKeepsItsFirstAnswer() throws {
        // cumplimiento_portal (76 against 80) is a number, no chain: still its one answer, `indice_portal: 76.0`
        // at line 145, column 20.
        let gap = try #require(try CLI.gaps("Examples/municipio-zapopan.yaml")["cumplimiento_portal"])
        #expect(gap["outcome"] as? String == "not_met")
        #expect(gap["location"] as? String == "Examples/municipio-zapopan.yaml:145:20")
    }

    @Test func explainNamesTheConditionThatFails() throws {
        let file = try zapopan([("integrantes_publico: 4", "integrantes_publico: 0")])
        let es = try CLI.run(["explain", file, "--rule", "comite_integrado", "--as-of", "2026-06-30"])
        #expect(es.stdout.contains("  No se cumple la condición comite.integrantes_publico >= 1; lee comite.integrantes_publico (\(file):21:26).\n"
                                   + "Resultado: no cumple"), "\(es.stdout)")
        let en = try CLI.run(["explain", file, "--rule", "comite_integrado", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(en.stdout.contains("  The condition that fails: comite.integrantes_publico >= 1; reads comite.integrantes_publico (\(file):21:26).\n"))
        // Met: no condition failed, none is named.
        let met = try CLI.run(["explain", "Examples/municipio-zapopan.yaml", "--rule", "comite_integrado", "--as-of", "2026-06-30"])
        #expect(met.stdout.contains("Resultado: cumple"))
        #expect(!met.stdout.contains("No se cumple la condición"))
    }

    /// The pai rule set with one more rule, `comite_sesiona`, checking `check`, in a scratch folder.
    func paiWithCheck(_ check: String) throws -> String {
        let dir = Scratch.url.appendingPathComponent("apertura-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SharedData.packageRoot.appendingPathComponent("Rules/pai"), to: dir)
        try """
            kind: rules
            rules:
              - id: comite_sesiona
                objective: oe_participacion
                name: {es: Comité integrado que sesiona, en: Integrated committee that meets}
                check: "\(check)"
                remediation: {es: Integre el Comité y sesione., en: Integrate the Committee and meet.}
                source: {ref: modelo_ga_2016, section: "Comité de Apertura"}

            """.write(to: dir.appendingPathComponent("rules/comite_sesiona.yaml"), atomically: true, encoding: .utf8)
        return dir.path
    }

    @Test func aConditionThatIsAnotherIndicatorPointsAtThatIndicatorsAnswer() throws {
        // `indicators.comite_integrado && comite.sesiones >= 2` with nobody from the public and 3 sessions: the false
        // condition is the indicator, false through `comite.integrantes_publico >= 1` (21:26); `sesiones: 3` (line
        // 22), whose condition holds, is not the place.
        let rules = try paiWithCheck("indicators.comite_integrado && comite.sesiones >= 2")
        let file = try zapopan([("integrantes_publico: 4", "integrantes_publico: 0")])
        let r = try CLI.run(["evaluate", file, "--rules", rules, "--as-of", "2026-06-30", "--format", "json", "--view", "gaps"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let gap = try #require((report["gaps"] as? [[String: Any]])?.first { $0["rule"] as? String == "comite_sesiona" })
        #expect(gap["outcome"] as? String == "not_met")
        #expect(gap["location"] as? String == "\(file):21:26")
        let es = try CLI.run(["explain", file, "--rules", rules, "--rule", "comite_sesiona", "--as-of", "2026-06-30"])
        #expect(es.stdout.contains("  No se cumple la condición indicators.comite_integrado: comite.integrantes_publico >= 1; lee "
                                   + "comite.integrantes_publico (\(file):21:26).\n"), "\(es.stdout)")
        let en = try CLI.run(["explain", file, "--rules", rules, "--rule", "comite_sesiona", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(en.stdout.contains("  The condition that fails: indicators.comite_integrado: comite.integrantes_publico >= 1; reads "
                                   + "comite.integrantes_publico (\(file):21:26).\n"), "\(en.stdout)")
    }

    @Test func aConditionReadingNoAnswerHasNoPlace() throws {
        // Zapopan has 1,476,491 inhabitants: `institution.population > 2000000` is false and reads no answer. The gap
        // has no place rather than `sesiones` (22:15), whose condition holds.
        let rules = try paiWithCheck("institution.population > 2000000 && comite.sesiones >= 2")
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--rules", rules, "--as-of", "2026-06-30", "--format", "json",
                             "--view", "gaps"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let gap = try #require((report["gaps"] as? [[String: Any]])?.first { $0["rule"] as? String == "comite_sesiona" })
        #expect(gap["outcome"] as? String == "not_met")
        #expect(gap["location"] == nil)
    }
}
