import Foundation
import TestSupport
import Testing

/// What a reader who signs off the policy must not miss: a draft rule set or policy, proposed level thresholds and
/// phase dates, what an indicator measures in words, a citation's note, per-rule credit under proportional credit,
/// and a period of an earlier phase judged against a later phase's goals.
/// The bundled PAI rule set and policy are both `status: draft`; its levels say no `status` (proposed); the Métrica's
/// policy is `superseded` and its levels `status: official`.
@Suite struct ReportHonestyTests {
    let zapopan = "Examples/municipio-zapopan.yaml"
    let tlalnelhuayocan = "Examples/municipio-tlalnelhuayocan.yaml"

    func run(_ arguments: [String]) throws -> CLI.Result {
        let r = try CLI.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        return r
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(try run(arguments + ["--format", "json"]).stdout.utf8)) as? [String: Any])
    }

    // MARK: 1. draft, proposed level, phase dates

    @Test func everyFormatSaysTheRulesAndPolicyAreDrafts() throws {
        let base = ["evaluate", tlalnelhuayocan, "--as-of", "2026-06-30"]
        let es = "Borrador: las reglas y la política de evaluación están en revisión; no es una evaluación oficial."
        let text = try run(base).stdout
        // Right under the title, before any figure.
        #expect(text.contains("(SO-VER-02180)\n\(es)\n"), "\(text)")
        #expect(try run(base + ["--lang", "en"]).stdout
            .contains("\nDraft: the rules and the evaluation policy are under review; this is not an official evaluation.\n"))
        #expect(try run(base + ["--format", "markdown"]).stdout.contains("\n> **\(es)**\n"))
        #expect(try run(base + ["--format", "html"]).stdout.contains("</h1>\n<p class=\"alert draft\"><strong>\(es)</strong></p>\n"))
        let report = try json(base)
        #expect(report["draft"] as? String == es)
        #expect((report["policy"] as? [String: Any])?["status"] as? String == "draft")
    }

    @Test func aPolicyInForceOrSupersededIsNoDraft() throws {
        // The Métrica's rule set and policy are superseded, not drafts: no line, `draft` null.
        let report = try json(["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-01"])
        #expect(report["draft"] is NSNull, "\(report["draft"] ?? "absent")")
        let text = try run(["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-01"]).stdout
        #expect(!text.contains("Borrador"), "\(text)")
    }

    @Test func aProposedLevelIsMarkedInEveryFormat() throws {
        // Tlalnelhuayocan scores below 0.3: «Insuficiente», whose threshold the PAI policy only proposes.
        let base = ["evaluate", tlalnelhuayocan, "--as-of", "2026-06-30"]
        #expect(try run(base).stdout.contains(" · Nivel: Insuficiente (umbrales propuestos)\n"))
        #expect(try run(base + ["--lang", "en"]).stdout.contains(" · Level: Insufficient (proposed thresholds)\n"))
        #expect(try run(base + ["--format", "markdown"]).stdout.contains(" · nivel: **Insuficiente** (umbrales propuestos)\n"))
        #expect(try run(base + ["--format", "html"]).stdout
            .contains("<dd class=\"big\">Insuficiente <span class=\"proposed\">(umbrales propuestos)</span></dd>"))
        let level = try #require(try json(base)["level"] as? [String: String])
        #expect(level == ["id": "insuficiente", "name": "Insuficiente", "status": "proposed"])
    }

    @Test func anOfficialLevelIsNotMarked() throws {
        // The Métrica's levels say `status: official`.
        let level = try #require(try json(["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-01"])["level"] as? [String: String])
        #expect(level["status"] == "official")
        let text = try run(["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-01"]).stdout
        #expect(!text.contains("umbrales propuestos"), "\(text)")
    }

    @Test func theBatchSaysDraftProposedThresholdsAndThePhaseDates() throws {
        let out = Scratch.url.appendingPathComponent("honesty-batch-\(UUID().uuidString)").path
        _ = try run(["batch", tlalnelhuayocan, zapopan, "--output", out, "--as-of", "2026-06-30"])
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html.contains("</h1>\n<p class=\"alert\"><strong>Borrador: las reglas y la política de evaluación están en revisión; no es una evaluación oficial.</strong></p>"), "\(html)")
        // The PAI's first phase, as single reports name it.
        #expect(html.contains("<dt>Fase</dt><dd>Inicio (<span class=\"nw\">2025-01-01</span> – <span class=\"nw\">2027-12-31</span>, fechas propuestas)</dd>"), "\(html)")
        #expect(html.contains("<p class=\"note\">Umbrales de nivel propuestos: ninguna autoridad los ha fijado.</p>"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any])
        #expect(summary["phase_start"] as? String == "2025-01-01")
        #expect(summary["phase_end"] as? String == "2027-12-31")
        #expect(summary["phase_status"] as? String == "proposed")
        #expect(summary["draft"] as? String == "Borrador: las reglas y la política de evaluación están en revisión; no es una evaluación oficial.")
        #expect((summary["policy"] as? [String: Any])?["status"] as? String == "draft")
        #expect((summary["rule_set"] as? [String: Any])?["status"] as? String == "draft")
        let levels = try #require(summary["levels"] as? [[String: Any]])
        #expect(levels.map { $0["status"] as? String } == ["proposed", "proposed", "proposed", "proposed"])
    }

    // MARK: 2. explain in plain words

    @Test func aRuleSheetSaysWhatTheIndicatorMeasuresBeforeItsFormula() throws {
        let sheet = try run(["explain", "--rule", "compromisos_calidad"]).stdout
        #expect(sheet.contains("\n    Qué mide: Proporción de compromisos de la agenda que son a la vez específicos, medibles, atribuibles, con plazo y relevantes (0 si no hay compromisos).\n    Fórmula: "), "\(sheet)")
        let en = try run(["explain", "--rule", "compromisos_calidad", "--lang", "en"]).stdout
        #expect(en.contains("\n    What it measures: Share of the agenda's commitments that are at once specific, measurable, attributable, time-bound and relevant (0 when there are no commitments).\n    Formula: "), "\(en)")
    }

    @Test func aYesNoGoalIsSaidInWords() throws {
        // Zapopan's Comité is installed (yes) and the goal asks yes; Tlalnelhuayocan's is not.
        let met = try run(["explain", zapopan, "--rule", "comite_instalado", "--as-of", "2026-06-30"]).stdout
        #expect(met.contains("  Meta de la fase «Inicio»: que sí ("), "\(met)")
        #expect(met.contains("  Comparación: se alcanza: la respuesta es sí.\n"), "\(met)")
        #expect(!met.contains("true == true") && !met.contains("«Inicio»: true"), "\(met)")
        let notMet = try run(["explain", tlalnelhuayocan, "--rule", "comite_instalado", "--as-of", "2026-06-30", "--lang", "en"]).stdout
        #expect(notMet.contains("  Goal of phase 'Start': yes ("), "\(notMet)")
        #expect(notMet.contains("  Comparison: not reached: the answer is no and the goal asks for yes.\n"), "\(notMet)")
    }

    // MARK: 3. citation notes

    @Test func explainPrintsACitationsNote() throws {
        let sheet = try run(["explain", "--rule", "solicitudes_en_plazo"]).stdout
        #expect(sheet.contains("  Fuente: Ley General de Transparencia y Acceso a la Información Pública, «Procedimiento de acceso a la información» [nota: Sección descriptiva: el texto de la ley no está en shared/seeds y el brief de dominio (§1) sólo dice a quién obliga la LGTAIP, no resume el procedimiento de acceso ni sus plazos.]\n"), "\(sheet)")
        // The catalogue is made of the same sheets.
        let catalogue = try run(["explain"]).stdout
        #expect(catalogue.contains("[nota: Sección descriptiva: el texto de la ley no está en shared/seeds"), "\(catalogue.prefix(2000))")
    }

    @Test func theJSONReportCarriesAGoalSourcesNote() throws {
        // No PAI goal cites a source with a note: a copy whose compromisos_calidad goal for «inicio» cites one.
        let rules = try PAIRulesCopy.make("honesty-note").rules
        let file = rules + "/rules/participacion.yaml"
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let anchor = "    indicator: compromisos_calidad\n    name: {es: Compromisos de calidad, en: Quality commitments}\n    goals:\n      - phase: inicio\n        target: 0.6\n        status: proposed\n"
        #expect(written.components(separatedBy: anchor).count == 2)
        try written.replacingOccurrences(of: anchor, with: anchor + "        source: {ref: modelo_ga_2016, section: \"Compromisos\", note: \"Nota de prueba.\"}\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let report = try json(["evaluate", tlalnelhuayocan, "--rules", rules, "--as-of", "2026-06-30"])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let goal = try #require(findings.first { $0["rule"] as? String == "compromisos_calidad" }?["goal"] as? [String: Any])
        #expect(goal["source_note"] as? String == "Nota de prueba.")
        // A goal whose source has no note has no key.
        let other = try #require(findings.first { $0["rule"] as? String == "comite_instalado" }?["goal"] as? [String: Any])
        #expect(other["source_note"] == nil)
    }

    // MARK: 4. proportional credit

    @Test func underProportionalCreditEachRuleSaysItsCreditAndTheFormulaHowItIsComputed() throws {
        let policy = try CLI.copy("Policies/pai-inicio.yaml", replacing: [("credit: binary", "credit: proportional")])
        let base = ["evaluate", tlalnelhuayocan, "--policy", policy, "--as-of", "2026-06-30"]
        let text = try run(base).stdout
        // 35 of 42 requests answered on time, 0.8333 against 0.9: credit 0.8333/0.9 = 0.9259; a yes/no rule not met earns 0.
        #expect(text.contains("[solicitudes_en_plazo] — valor 83.33 % · meta ≥ 90 % [meta propuesta] · distancia 6.67 puntos porcentuales · crédito 0.9259\n"), "\(text)")
        #expect(text.contains("[comite_instalado] — valor no · meta sí [meta propuesta] · crédito 0\n"), "\(text)")
        #expect(text.contains(" Crédito proporcional: una regla no cumplida cuya meta es un número que el indicador debe alcanzar (más es mejor) recibe c_r = valor / meta, hasta 1, en lugar de 0; las demás reglas no cumplidas reciben 0.\n"), "\(text)")
        let markdown = try run(base + ["--format", "markdown"]).stdout
        // 30 of 42 complete, 0.7143 against 0.8: 0.8929.
        #expect(markdown.contains("| Solicitudes respondidas de forma completa (`solicitudes_completas`) | no cumple (crédito 0.8929) |"), "\(markdown)")
        #expect(markdown.contains("Crédito proporcional: una regla no cumplida"), "\(markdown)")
        // Under the bundled binary policy nothing changes: no credit on the lines, the formula as written.
        let binary = try run(["evaluate", tlalnelhuayocan, "--as-of", "2026-06-30"]).stdout
        #expect(!binary.contains("crédito"), "\(binary)")
        #expect(!binary.contains("Crédito proporcional"), "\(binary)")
    }

    // MARK: 5. a period of an earlier phase

    @Test func aPeriodOfAnEarlierPhaseIsWarnedOf() throws {
        // Zapopan's period moved to 2027, the last year of «Inicio» (2025-2027), judged on 2028-01-31 in «Consolidación».
        let file = try CLI.copy(zapopan, replacing: [("period: {start: 2025-01-01, end: 2025-12-31}", "period: {start: 2027-01-01, end: 2027-12-31}")])
        let r = try run(["evaluate", file, "--as-of", "2028-01-31", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let message = "el periodo informado termina el 2027-12-31, antes de que empiece la fase «Consolidación» (2028-01-01) de la fecha de corte 2028-01-31: pertenece a la fase «Inicio» (2025-01-01 – 2027-12-31), pero se juzga con las metas de «Consolidación»; para juzgarlo en su fase, use --as-of 2027-12-31"
        #expect(report["warnings"] as? [[String: String]] == [["code": "period_before_phase", "message": message]])
        // Said on standard error too, at the period's end (line 14, column 34).
        #expect(r.stderr.contains("\(file):14:34: advertencia[period_before_phase]: \(message)"), "\(r.stderr)")
        let text = try run(["evaluate", file, "--as-of", "2028-01-31", "--lang", "en"]).stdout
        #expect(text.contains("\nAttention: the period reported ends on 2027-12-31, before phase 'Consolidation' of the as-of date 2028-01-31 starts (2028-01-01): it belongs to phase 'Start' (2025-01-01 – 2027-12-31) but is judged against the goals of 'Consolidation'; to judge it in its own phase, use --as-of 2027-12-31 [period_before_phase].\n"), "\(text)")
        // The date it names judges it in «Inicio», with nothing to warn of.
        let own = try run(["evaluate", file, "--as-of", "2027-12-31", "--format", "json"])
        #expect(!own.stdout.contains("period_before_phase") && !own.stderr.contains("period_"), "\(own.stderr)")
        // The batch lists it in warnings.csv.
        let out = Scratch.url.appendingPathComponent("honesty-phase-\(UUID().uuidString)").path
        _ = try run(["batch", file, "--output", out, "--as-of", "2028-01-31"])
        let rows = try String(contentsOfFile: out + "/warnings.csv", encoding: .utf8)
        #expect(rows.contains("period_before_phase"), "\(rows)")
        #expect(rows.contains("use --as-of 2027-12-31"), "\(rows)")
    }

    @Test func aPeriodWithinTheAsOfPhaseIsNotWarnedOf() throws {
        // 2025 judged on 2026-06-30: both in «Inicio».
        let r = try run(["evaluate", zapopan, "--as-of", "2026-06-30", "--format", "json"])
        #expect(!r.stdout.contains("period_before_phase") && !r.stderr.contains("period_before_phase"))
    }

    // MARK: 6. the level card on a phone

    @Test func theLevelCardIsWideEnoughForItsWordOnAPhone() throws {
        // 13rem columns: at 360 px (and 400 px) one card a row, «Insuficiente» at 1.6rem whole; it broke as «Insuficie/nte»
        // in the 10rem columns the facts use.
        let html = try run(["evaluate", tlalnelhuayocan, "--as-of", "2026-06-30", "--format", "html"]).stdout
        #expect(html.contains(".score{grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))}"), "\(html.prefix(3000))")
    }
}
