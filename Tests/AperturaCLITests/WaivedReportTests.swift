import Foundation
import Testing
import TestSupport

/// A waived rule is reported as waived («dispensada»), never as «no aplica»: with its date, reason and source, in
/// every format, out of the score, and listed after the gaps with the day it counts again. The case the tester
/// gave: Tlalnelhuayocan, with the PAI policy waiving `cumplimiento_portal` and `practicas_calidad` until 2026-12-31.
@Suite struct WaivedReportTests {
    static let source = "Estrategia «Abramos México hacia un Estado Abierto», «Antecedentes»"

    /// The PAI policy with the tester's waiver, in a scratch folder.
    static let policy: String = {
        let dir = Scratch.url.appendingPathComponent("waived-report-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = ((try? CLI.read("Policies/pai-inicio.yaml")) ?? "") + """

            waivers:
              - institution: SO-VER-02180
                rules: [cumplimiento_portal, practicas_calidad]
                until: 2026-12-31
                reason: {es: Inundaciones en el archivo municipal, en: Floods in the municipal archive}
                source: {ref: abramos_2024, section: "Antecedentes"}

            """
        let path = dir.appendingPathComponent("policy.yaml").path
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    func evaluate(_ extra: [String]) throws -> String {
        let r = try CLI.run(["evaluate", "Examples/municipio-tlalnelhuayocan.yaml", "--policy", Self.policy, "--as-of", "2026-06-30"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    func json(_ extra: [String] = []) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(evaluate(["--format", "json"] + extra).utf8)) as? [String: Any])
    }

    @Test func jsonNamesTheOutcomeWaivedWithItsWaiverAndKeepsItOutOfTheScore() throws {
        let report = try json()
        // By hand (weights: comite_instalado 2 and cumplimiento_portal 2, every other rule 1):
        // participación 0 of 8 (unchanged: mecanismos_con_minuta lacks the minutes' evidence); transparencia proactiva
        // 0 of 1 (practicas_calidad waived); acceso 1 of 3 = 0.3333 (cumplimiento_portal waived: solicitudes_coherentes
        // met, en_plazo and completas not); datos: none applies (under 70,000 inhabitants).
        // S = (0 + 0 + 0.3333) / 3 = 0.1111. Without the waiver it is (0 + 0 + 0.2) / 3 = 0.0666.
        #expect(report["score"] as? Double == 0.1111)
        // 1 met (solicitudes_coherentes) of 13 - 2 = 11 that apply: 0.0909.
        #expect(report["rules_applicable"] as? Int == 11)
        #expect(report["ratio"] as? Double == 0.0909)
        #expect(report["rules_waived"] as? Int == 2)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let portal = try #require(findings.first { $0["rule"] as? String == "cumplimiento_portal" })
        #expect(portal["outcome"] as? String == "waived")
        #expect(portal["outcome_label"] as? String == "dispensada")
        #expect(portal["credit"] == nil)
        let waiver = try #require(portal["waiver"] as? [String: Any])
        #expect(waiver["until"] as? String == "2026-12-31")
        #expect(waiver["resumes"] as? String == "2027-01-01")
        #expect(waiver["reason"] as? String == "Inundaciones en el archivo municipal")
        #expect(waiver["source"] as? String == Self.source)
        // 2027-01-01 falls in the start phase, whose goal is 80 on the portal index.
        #expect((waiver["goal"] as? [String: Any])?["target"] as? String == "≥ 80 / 100")
        // No other finding is waived, and one that is not carries no waiver.
        #expect(findings.filter { $0["outcome"] as? String == "waived" }.compactMap { $0["rule"] as? String } == ["practicas_calidad", "cumplimiento_portal"])
        #expect(findings.filter { $0["waiver"] != nil }.count == 2)
        // Waived rules are not gaps; they are listed apart, in rule-set order.
        let gaps = try #require(report["gaps"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        #expect(!gaps.contains("cumplimiento_portal") && !gaps.contains("practicas_calidad"))
        #expect(gaps.count == 10)
        let waived = try #require(report["waived"] as? [[String: Any]])
        #expect(waived.compactMap { $0["rule"] as? String } == ["practicas_calidad", "cumplimiento_portal"])
        #expect((waived.first?["waiver"] as? [String: Any])?["resumes"] as? String == "2027-01-01")
    }

    @Test func theGapViewListsTheWaivedRulesAndTheComplianceViewDoesNot() throws {
        #expect((try json(["--view", "gaps"])["waived"] as? [Any])?.count == 2)
        #expect(try json(["--view", "compliance"])["waived"] == nil)
        // Without a waiver the list is there, empty.
        let r = try CLI.run(["evaluate", "Examples/municipio-tlalnelhuayocan.yaml", "--as-of", "2026-06-30", "--format", "json"])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((plain["waived"] as? [Any])?.isEmpty == true)
        #expect(plain["rules_waived"] as? Int == 0)
    }

    @Test func textSaysWaivedWithDateReasonAndSourceAndWhenTheGoalReturns() throws {
        let text = try evaluate([])
        #expect(text.contains("Puntaje: 0.11 · Nivel: Insuficiente"))
        #expect(text.contains("Razón simple: 1/11 reglas cumplidas (0.09) · 2 reglas dispensadas (fuera del puntaje)"))
        #expect(text.contains("  – dispensada  Cumplimiento de obligaciones en el portal [cumplimiento_portal]\n"
                              + "      dispensada hasta 2026-12-31: Inundaciones en el archivo municipal (fuente: \(Self.source))\n"))
        #expect(!text.contains("no aplica  Cumplimiento de obligaciones en el portal"))
        #expect(text.contains("\nDispensas\n"))
        #expect(text.contains("  – Cumplimiento de obligaciones en el portal [cumplimiento_portal]\n"
                              + "      dispensada hasta el 2026-12-31: vuelve a evaluarse a partir del 2027-01-01, con la meta ≥ 80 / 100 [meta propuesta]\n"
                              + "      motivo: Inundaciones en el archivo municipal\n"
                              + "      fuente: \(Self.source)\n"))
        let english = try evaluate(["--lang", "en"])
        #expect(english.contains("  – waived  Compliance with obligations on the portal [cumplimiento_portal]\n"
                                 + "      waived until 2026-12-31: Floods in the municipal archive (source: \(Self.source))\n"))
        #expect(english.contains("waived until 2026-12-31: evaluated again from 2027-01-01, against the goal ≥ 80 / 100 [proposed goal]"))
    }

    @Test func markdownAndHTMLSayItToo() throws {
        let markdown = try evaluate(["--format", "markdown"])
        #expect(markdown.contains("| Cumplimiento de obligaciones en el portal (`cumplimiento_portal`) | dispensada |"))
        #expect(markdown.contains("## Dispensas"))
        #expect(markdown.contains("- **Cumplimiento de obligaciones en el portal** (`cumplimiento_portal`): dispensada hasta el 2026-12-31: vuelve a evaluarse a partir del 2027-01-01, con la meta ≥ 80 / 100 (propuesta)"))
        #expect(markdown.contains("   - Fuente: \(Self.source)"))
        let html = try evaluate(["--format", "html"])
        #expect(html.contains("<section id=\"waivers\"><h2>Dispensas</h2>"))
        #expect(html.contains("<span aria-hidden=\"true\">–</span> dispensada</span>"))
        #expect(html.contains("<dt>Reglas dispensadas</dt><dd>2 (fuera del puntaje)</dd>"))
        #expect(html.contains("Estrategia «Abramos México hacia un Estado Abierto», «Antecedentes»"))
    }
}
