import AperturaAuthoring
import AperturaEngine
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// The lines `explain` prints for what the checked-in explanation (datos_calidad, a goal missed) does not show:
/// an official goal and its source, a goal met (no gain to offer), missing evidence, a rule out of scope, a waiver,
/// a strict goal, a goal where less is better, an answer not given. Worked out from the mini rules
/// (Tests/Fixtures/mini) and the Métrica's rules.
@Suite struct ExplainWordingTests {
    static func explain(rules: String = "Tests/Fixtures/mini/rules", policy: String = "Tests/Fixtures/mini/policy.yaml",
                        file: String = "Tests/Fixtures/mini/municipio.yaml", rule: String, asOf: String = "2026-06-30",
                        language: Language = .es) throws -> String {
        let (loaded, diagnostics) = Workspace.load(rules: rules.hasPrefix("/") ? rules : Fixtures.path(rules),
                                                   policy: policy.hasPrefix("/") ? policy : Fixtures.path(policy))
        let evaluator = try #require(loaded, "\(diagnostics.map(\.code))")
        let (assessments, _) = Workspace.assessments(in: Fixtures.path(file), ruleSet: evaluator.compiled.ruleSet, strict: false)
        let assessment = try #require(assessments.first)
        var events: [TraceEvent] = []
        _ = try evaluator.trace(assessment, asOf: Day(asOf)!, rule: RuleID(rule)) { events.append($0) }
        return ExplainPrinter(ruleSet: evaluator.compiled.ruleSet, language: language).render(events)
    }

    /// r_share: 2 of 4 items = 0.5 reaches its official goal 0.5 exactly; met, so nothing to add.
    @Test func officialGoalMet() throws {
        let text = try Self.explain(rule: "r_share")
        #expect(text.contains("  Alcance según la regla: toda institución. La institución es de tipo Municipio, orden Municipal: aplica.\n"), "\(text)")
        #expect(text.contains("), oficial: Documento de prueba, «Uno»\n"))
        // share is a ratio (Tests/Fixtures/mini/rules/indicators.yaml): 0.5 is shown as the report shows it too.
        #expect(text.contains("  Meta de la fase «Fase 1»: 0.5 [≥ 50 %] ("))
        #expect(text.contains("  Comparación: 0.5 >= 0.5: se alcanza.\n"))
        #expect(text.hasSuffix("Resultado: cumple (crédito 1).\n"))
    }

    /// r_flag: flag given, minutes (a.acta) empty; weight 2 of o1's 3, over two objectives: 1/3 to gain.
    @Test func missingEvidence() throws {
        let text = try Self.explain(rule: "r_flag")
        // A yes/no goal and its comparison in words, not as the expression spells them ("true [sí]", "true == true").
        #expect(text.contains("  Meta de la fase «Fase 1»: que sí ("), "\(text)")
        #expect(text.contains("), propuesta: Para probar\n"))
        #expect(text.contains("  Comparación: se alcanza: la respuesta es sí.\n"))
        #expect(text.contains("  Evidencia a.acta ("))
        #expect(text.contains("): falta.\n"))
        #expect(text.hasSuffix("Resultado: falta evidencia (a.acta) (crédito 0; cumplirla sumaría +0.33 al puntaje).\n"))
        let en = try Self.explain(rule: "r_flag", language: .en)
        #expect(en.hasSuffix("Outcome: missing evidence (a.acta) (credit 0; meeting it would add +0.33 to the score).\n"), "\(en)")
    }

    /// r_r is for municipalities: the party is out of its scope.
    @Test func outOfScope() throws {
        let text = try Self.explain(file: "Tests/Fixtures/mini/partido.yaml", rule: "r_r")
        #expect(text.contains("  Alcance según la regla: tipos Municipio. La institución es de tipo Partido político, orden Estatal: no aplica.\n"), "\(text)")
        #expect(text.hasSuffix("Resultado: no aplica (fuera de alcance).\n"))
        let en = try Self.explain(file: "Tests/Fixtures/mini/partido.yaml", rule: "r_r", language: .en)
        #expect(en.contains("  Scope per the rule: kinds Municipality. The institution is of kind Political party, order State: does not apply.\n"), "\(en)")
    }

    @Test func waived() throws {
        let policy = try Fixtures.editedMiniPolicy([], appending: """
            waivers:
              - institution: M-1
                rules: [r_r]
                until: 2026-12-31
                reason: {es: Convenio, en: Agreement}

            """)
        let text = try Self.explain(policy: policy, rule: "r_r")
        #expect(text.contains("  Dispensada hasta 2026-12-31: Convenio\n"), "\(text)")
        // Waived, not "does not apply": the rule applies to M-1 and is only set aside until the date.
        #expect(text.hasSuffix("Resultado: dispensada hasta 2026-12-31.\n"), "\(text)")
        let en = try Self.explain(policy: policy, rule: "r_r", language: .en)
        #expect(en.hasSuffix("Outcome: waived until 2026-12-31.\n"), "\(en)")
    }

    /// The Métrica's goals are strict ("more than 0.6"): PC 0.45 is compared with ">", and its components,
    /// not answered, say so.
    @Test func strictGoalAndAnswersNotGiven() throws {
        let args = (rules: "Rules/mga", policy: "Policies/mga-2017.yaml", file: "Examples/mga/municipio-medido.yaml")
        let text = try Self.explain(rules: args.rules, policy: args.policy, file: args.file, rule: "pc_aprobatorio", asOf: "2017-02-28")
        #expect(text.contains("  Comparación: 0.45 > 0.6: no se alcanza.\n"), "\(text)")
        #expect(text.contains("  Lee pc.contacto: sin respuesta\n"))
        let en = try Self.explain(rules: args.rules, policy: args.policy, file: args.file, rule: "pc_aprobatorio", asOf: "2017-02-28", language: .en)
        #expect(en.contains("  Comparison: 0.45 > 0.6: not reached.\n"), "\(en)")
        #expect(en.contains("  Reads pc.contacto: not answered\n"))
    }

    /// r_check checked in p2 only: on 2026-06-30 (p1) the current phase is not among its phases.
    @Test func checkPhases() throws {
        func explain(_ phases: String) throws -> String {
            let dir = try Fixtures.temporaryDirectory()
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
            try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [
                ("    check: a.n >= 0 && size(a.items) <= a.n + 10\n", "    check: a.n >= 0 && size(a.items) <= a.n + 10\n    phases: [\(phases)]\n"),
            ]), to: dir + "/rules/rules.yaml")
            return try Self.explain(rules: dir + "/rules", rule: "r_check")
        }
        let out = try explain("p2")
        // Phases by their names (ruleset.yaml: p1 is "Fase 1", p2 "Fase 2"), as the header and the reports name them.
        #expect(out.contains("  Fases en que se comprueba: Fase 2; la actual («Fase 1») no está.\n"), "\(out)")
        #expect(out.hasSuffix("Resultado: no aplica (sin meta en la fase «Fase 1»).\n"))
        let inside = try explain("p1, p2")
        #expect(inside.contains("  Fases en que se comprueba: Fase 1, Fase 2; la actual («Fase 1») está.\n"), "\(inside)")
        #expect(inside.hasSuffix("Resultado: cumple (crédito 1).\n"))
    }

    /// `share` turned around (less is better): 0.5 is compared with "<=" against 0.5, and reaches it.
    @Test func lessIsBetter() throws {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/indicators.yaml", [
            ("    name: {es: Proporción, en: Share}\n    unit: ratio\n", "    name: {es: Proporción, en: Share}\n    unit: ratio\n    direction: decrease\n"),
        ]), to: dir + "/rules/indicators.yaml")
        let text = try Self.explain(rules: dir + "/rules", rule: "r_share")
        #expect(text.contains("  Comparación: 0.5 <= 0.5: se alcanza.\n"), "\(text)")
    }

    /// In English, kind, order and phase by their English names ("Municipality", "Phase 1"), as the header names the
    /// phase: their ids (municipio, p1) are Spanish words in an English sentence.
    @Test func namesNotIdsInEnglish() throws {
        let en = try Self.explain(rule: "r_share", language: .en)
        #expect(en.hasPrefix("As-of date 2026-06-30: phase 'Phase 1' (2025-01-01 to 2027-12-31).\n"), "\(en)")
        #expect(en.contains("  Scope per the rule: every institution. The institution is of kind Municipality, order Municipal: applies.\n"), "\(en)")
        #expect(en.contains("  Goal of phase 'Phase 1': 0.5 [≥ 50 %] ("), "\(en)")
    }

    /// Several orders and kinds are listed in the order the batch's report and summary give them (federal, estatal,
    /// municipal; kinds in InstitutionKind's order), whatever order they were written in and in either language: sorted
    /// by name they were "Estatal, Federal, Municipal" and, in English, "State executive" after "Municipality".
    @Test func ordersAndKindsInTheBatchReportsOrder() throws {
        let (loaded, _) = Workspace.load(rules: Fixtures.path("Tests/Fixtures/mini/rules"), policy: Fixtures.path("Tests/Fixtures/mini/policy.yaml"))
        let ruleSet = try #require(loaded).compiled.ruleSet
        let scope = TraceEvent.scope(applicability: Applicability(orders: [.municipal, .estatal, .federal], kinds: [.universidad, .municipio, .ejecutivoEstatal, .autonomo]),
                                     order: .municipal, kind: .municipio, matches: true, fromPolicy: false)
        #expect(ExplainPrinter(ruleSet: ruleSet, language: .es).render([scope]) == "  Alcance según la regla: órdenes Federal, Estatal, Municipal; "
            + "tipos Ejecutivo estatal, Autónomo, Municipio, Universidad pública. La institución es de tipo Municipio, orden Municipal: aplica.\n")
        #expect(ExplainPrinter(ruleSet: ruleSet, language: .en).render([scope]) == "  Scope per the rule: orders Federal, State, Municipal; "
            + "kinds State executive, Autonomous body, Municipality, Public university. The institution is of kind Municipality, order Municipal: applies.\n")
    }
}
