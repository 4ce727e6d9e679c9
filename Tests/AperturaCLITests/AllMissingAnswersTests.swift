import Foundation
import Testing
import TestSupport

/// `evaluate` names every missing answer a rule not reported needs, as `validate` does, not only the first one its
/// expression stopped at; a rule computed despite a missing answer keeps its judgement.
@Suite struct AllMissingAnswersTests {

    /// Zapopan without `integrantes_garante` and `integrantes_publico` (lines 20 and 21).
    func zapopanWithoutTwoMembers(_ edits: [(old: String, new: String)] = []) throws -> String {
        try CLI.copy("Examples/municipio-zapopan.yaml",
                     replacing: [("    integrantes_garante: 1\n", ""), ("    integrantes_publico: 4\n", "")] + edits)
    }

    @Test func bothMissingMembersAreNamed() throws {
        // comite_integrado reads instalado (true), integrantes_institucion (2), integrantes_garante and
        // integrantes_publico (both gone), and its evidence comite.acta (given): the two gone, in the form's order.
        let file = try zapopanWithoutTwoMembers()
        let gap = try #require(try CLI.gaps(file)["comite_integrado"])
        #expect(gap["outcome"] as? String == "not_reported")
        #expect(gap["detail"] as? String == "sin respuesta: comite.integrantes_garante, comite.integrantes_publico")
        #expect((gap["remediation"] as? String)?.hasPrefix(
            "Primero responda en la autoevaluación lo que falta: `comite.integrantes_garante`, `comite.integrantes_publico`. Incorpore al Comité") == true)
        // validate names the same two.
        let validate = try CLI.run(["validate", file])
        #expect(validate.stderr.contains("falta la respuesta «comite.integrantes_garante»"), "\(validate.stderr)")
        #expect(validate.stderr.contains("falta la respuesta «comite.integrantes_publico»"))
        let explain = try CLI.run(["explain", file, "--rule", "comite_integrado", "--as-of", "2026-06-30"])
        #expect(explain.stdout.contains("Resultado: no reportado (faltan comite.integrantes_garante, comite.integrantes_publico)"), "\(explain.stdout)")
    }

    @Test func aRuleComputedDespiteTheMissingAnswersStaysJudged() throws {
        // Not installed: `false && …` is false whatever the missing members would be, so the rule is not met (at
        // `instalado`, line 17, column 16), not "not reported".
        let file = try zapopanWithoutTwoMembers([("instalado: true", "instalado: false")])
        let gap = try #require(try CLI.gaps(file)["comite_integrado"])
        #expect(gap["outcome"] as? String == "not_met")
        #expect(gap["location"] as? String == "\(file):17:16")
    }

    @Test func anIndicatorReadingOthersNamesWhatEachLacks() throws {
        // The Métrica's municipio without TG and TC. TG is `has(tg.valor) ? tg.valor : 0.5 * tg.acceso_informacion
        // + 0.2 * tg.reactiva + 0.2 * tg.proactiva + 0.1 * tg.datos_abiertos` (Rules/mga/indicators.yaml): its four
        // components are missing; `tg.valor`, which it only asks about with has(), is an alternative it does
        // without. GA = (T + P) / 2 with T = (TG + TC) / 2: it lacks TG's four and TC's four.
        let file = try CLI.copy("Examples/mga/municipio-medido.yaml", replacing: [("  tg: {valor: 0.62}\n", ""), ("  tc: {valor: 0.55}\n", "")])
        let r = try CLI.run(["evaluate", file, "--format", "json", "--view", "gaps"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let gaps = Dictionary(uniqueKeysWithValues: try #require(report["gaps"] as? [[String: Any]]).map { ($0["rule"] as? String ?? "", $0) })
        #expect(gaps["tg_aprobatorio"]?["detail"] as? String == "sin respuesta: tg.acceso_informacion, tg.reactiva, tg.proactiva, tg.datos_abiertos")
        #expect(gaps["ga_aprobatorio"]?["detail"] as? String
            == "sin respuesta: tg.acceso_informacion, tg.reactiva, tg.proactiva, tg.datos_abiertos, tc.disponible, tc.clara, tc.completa, tc.rapida")
    }

    /// Zapopan's commitments (lines 29 to 73, nine answers each from `descripcion`) with `edits`.
    func zapopanCommitments(_ edits: [(old: String, new: String)]) throws -> String {
        try CLI.copy("Examples/municipio-zapopan.yaml", replacing: edits)
    }

    static let firstMedible = ("especifico: true\n        medible: true\n        atribuible: true\n        responsable: Dirección de Obras",
                               "especifico: true\n        atribuible: true\n        responsable: Dirección de Obras")
    static let secondConPlazo = ("responsable: Dirección de Participación Ciudadana\n        con_plazo: true\n",
                                 "responsable: Dirección de Participación Ciudadana\n")

    @Test func eachCommitmentLackingAnAttributeIsNamedByItsIndex() throws {
        // compromisos_calidad reads especifico, medible, atribuible, con_plazo and relevante of every commitment. The
        // first lacks `medible` (line 31), the second `con_plazo` (line 43): both named with their index, as
        // validate names them, and not `agenda.compromisos[].medible`, where CEL stopped.
        let file = try zapopanCommitments([Self.firstMedible, Self.secondConPlazo])
        let gap = try #require(try CLI.gaps(file)["compromisos_calidad"])
        #expect(gap["outcome"] as? String == "not_reported")
        #expect(gap["detail"] as? String == "sin respuesta: agenda.compromisos[0].medible, agenda.compromisos[1].con_plazo")
        #expect((gap["remediation"] as? String)?.hasPrefix(
            "Primero responda en la autoevaluación lo que falta: `agenda.compromisos[0].medible`, `agenda.compromisos[1].con_plazo`. ") == true)
        // validate: the same spelling, at each item (29:9; the second item starts at line 38, one line up: 37:9).
        let validate = try CLI.run(["validate", file])
        #expect(validate.stderr.contains("\(file):29:9: error[missing_answer]: falta la respuesta «agenda.compromisos[0].medible»"), "\(validate.stderr)")
        #expect(validate.stderr.contains("\(file):37:9: error[missing_answer]: falta la respuesta «agenda.compromisos[1].con_plazo»"))
        let explain = try CLI.run(["explain", file, "--rule", "compromisos_calidad", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(explain.stdout.contains("Outcome: not reported (missing agenda.compromisos[0].medible, agenda.compromisos[1].con_plazo)"),
                "\(explain.stdout)")
    }

    @Test func commitmentsAreListedItemByItemThenInTheFormsOrder() throws {
        // The first commitment lacks `relevante` and `avance`, the second `medible` and `con_plazo`. Item order first:
        // [0].relevante before [1].medible, though medible comes before relevante in the form; within the second,
        // medible before con_plazo (the form's order). `avance` is not read by compromisos_calidad: not named.
        let file = try zapopanCommitments([
            ("        relevante: true\n        avance: 75\n", ""),
            ("ganadores\n        especifico: true\n        medible: true\n", "ganadores\n        especifico: true\n"),
            Self.secondConPlazo,
        ])
        #expect(try CLI.gaps(file)["compromisos_calidad"]?["detail"] as? String
            == "sin respuesta: agenda.compromisos[0].relevante, agenda.compromisos[1].medible, agenda.compromisos[1].con_plazo")
    }
}
