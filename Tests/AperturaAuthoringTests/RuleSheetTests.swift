import AperturaAuthoring
import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// `apertura explain --rule ID` with no self-assessment: the rule's sheet, read from the mini rules and policy
/// (Tests/Fixtures/mini), each line worked out from those files.
@Suite struct RuleSheetTests {
    let rules = Fixtures.path("Tests/Fixtures/mini/rules")

    func sheets(_ language: Language) throws -> RuleSheet {
        let evaluator = try #require(Workspace.load(rules: rules, policy: Fixtures.path("Tests/Fixtures/mini/policy.yaml")).0)
        return RuleSheet(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: language)
    }

    func sheet(_ id: String, on day: Day, _ language: Language) throws -> String {
        let sheets = try sheets(language)
        let rule = try #require(sheets.ruleSet.rule(RuleID(id)))
        return sheets.render(rule, current: sheets.policy.phase(on: day))
    }

    /// r_share: two official goals (a source, no status), a ratio shown as a percentage, the second phase current.
    @Test func aGoalRuleInSpanish() throws {
        let text = try sheet("r_share", on: Day(year: 2028, month: 6, day: 30)!, .es)
        #expect(text == """
            Regla «r_share» — Proporción (\(rules)/rules.yaml:15:5, peso 1)
              Objetivo «o1»: Objetivo uno
              Alcance según la regla: toda institución
              Alcance según la política «mini_policy»: no lo restringe
              Indicador «share»: Proporción (razón, que se muestra en %; más es mejor)
                Fórmula: size(a.items) == 0 ? 0.0 : double(a.items.filter(i, i.ok).size()) / double(size(a.items)) (\(rules)/indicators.yaml:17:12)
                Fuente del indicador: Documento de prueba, «Uno»
              Metas por fase (calendario de la política «mini_policy»):
                Fase 1 (2025-01-01 – 2027-12-31, fechas propuestas): ≥ 50 %, oficial (fuente: Documento de prueba, «Uno»)
                Fase 2 (2028-01-01 – 2030-12-31, fechas propuestas) [fase vigente]: ≥ 80 %, oficial (fuente: Documento de prueba, «Uno»)
              Si no se cumple: Mejore los elementos
              Fuente: Documento de prueba, «Uno»

            """)
    }

    /// r_flag: a proposed yes/no goal in phase 1 only, with evidence, weight 2; no date falls in the calendar.
    @Test func aProposedGoalWithEvidenceInEnglish() throws {
        let text = try sheet("r_flag", on: Day(year: 2040, month: 1, day: 1)!, .en)
        #expect(text.contains("Rule 'r_flag' — Flag with minutes (\(rules)/rules.yaml:3:5, weight 2)\n"))
        #expect(text.contains("  Indicator 'flag': Flag (yes or no; higher is better)\n"))
        #expect(text.contains("    Phase 1 (2025-01-01 – 2027-12-31, proposed dates): yes, proposed: For testing\n"))
        #expect(text.contains("    Phase 2 (2028-01-01 – 2030-12-31, proposed dates): no goal: it does not apply in this phase\n"))
        #expect(text.contains("  Evidence it asks for to be met: a.acta\n"))
        #expect(!text.contains("[current phase]"))
    }

    /// r_check: a condition checked in every phase; r_when: the rule's own condition of scope.
    @Test func aCheckAndAConditionOfScope() throws {
        let check = try sheet("r_check", on: Day(year: 2026, month: 6, day: 30)!, .es)
        #expect(check.contains("  Objetivo «o2»: Objetivo dos\n"))
        #expect(check.contains("  Comprobación, en todas las fases: a.n >= 0 && size(a.items) <= a.n + 10 (\(rules)/rules.yaml:60:12)\n"))
        #expect(!check.contains("Metas por fase"))
        let when = try sheet("r_when", on: Day(year: 2026, month: 6, day: 30)!, .es)
        #expect(when.contains("  Alcance según la regla: toda institución, con una condición\n    Condición: institution.population >= 70000 (\(rules)/rules.yaml:41:13)\n"))
        #expect(when.contains("    Fase 1 (2025-01-01 – 2027-12-31, fechas propuestas) [fase vigente]: ≥ 30 %, oficial"))
    }

    /// With no rule named: a heading with the rule set (ruleset.yaml: Mínimo, version "1"), the policy (policy.yaml:
    /// Política mínima, version "1") and the phase in force, then every rule's sheet, a blank line apart, grouped by
    /// objective (o1's rules r_flag, r_share and r_p2only, by their indicators in indicators.yaml; then o2's), each
    /// group in the order of rules.yaml.
    @Test func theCatalogueHasEveryRuleInTheRuleSetsOrder() throws {
        let day = Day(year: 2028, month: 6, day: 30)!
        let text = RuleCatalogue(try sheets(.es)).render(asOf: day)
        let heading = """
            Fichas de las reglas: Mínimo (mini 1), 7 reglas
            Política: Política mínima (mini_policy 1)
            Fecha de corte: 2028-06-30 · Fase vigente: Fase 2 (2028-01-01 – 2030-12-31, fechas propuestas)

            """
        let order = ["r_flag", "r_share", "r_p2only", "r_r", "r_when", "r_check", "r_err"]
        #expect(text == heading + "\n" + (try order.map { try sheet($0, on: day, .es) }).joined(separator: "\n"))
        #expect(text.split(separator: "\n").count(where: { $0.hasPrefix("Regla «") }) == 7)
    }

    /// A date outside the calendar is said in the heading, and no sheet marks a phase as current.
    @Test func theCatalogueOutsideTheCalendarInEnglish() throws {
        let text = RuleCatalogue(try sheets(.en)).render(asOf: Day(year: 2040, month: 1, day: 1)!)
        #expect(text.hasPrefix("""
            Rule sheets: Minimal (mini 1), 7 rules
            Policy: Minimal policy (mini_policy 1)
            As-of date: 2040-01-01 · it falls in no phase of the policy's calendar

            Rule 'r_flag' — Flag with minutes
            """))
        #expect(!text.contains("[current phase]"))
    }

    /// For a sindicato on 2026-06-30 (phase p1), by rules.yaml: r_r is for municipios only; r_when depends on its
    /// condition; r_p2only has a goal in p2 only; r_flag, r_share, r_check (every phase) and r_err apply.
    @Test func theCatalogueForAKindKeepsWhatMayApply() throws {
        var sheets = try sheets(.es)
        sheets.kind = .sindicato
        let text = RuleCatalogue(sheets).render(asOf: Day(year: 2026, month: 6, day: 30)!)
        let lines = text.split(separator: "\n")
        #expect(lines[3] == "Para tipo Sindicato — reglas que aplican: 4; que dependen de una condición: 1; que no se juzgan en la fase vigente: 1 (r_p2only); que no aplican: 1 (r_r)")
        #expect(lines.filter { $0.hasPrefix("Regla «") }.map { $0.split(separator: "»")[0].dropFirst("Regla «".count) }
                == ["r_flag", "r_share", "r_p2only", "r_when", "r_check", "r_err"])
        #expect(lines.filter { $0.hasPrefix("  Para tipo Sindicato: ") }
                == ["aplica", "aplica", "aplica", "depende de una condición", "aplica", "aplica"].map { "  Para tipo Sindicato: " + $0 })
    }

    /// Only the order given, on 2028-06-30 (phase p2): r_r is for municipios, which are never state bodies; r_flag,
    /// r_when and r_err have goals in p1 only (r_when's condition is then moot); r_share, r_p2only and r_check apply.
    @Test func theCatalogueForAnOrderInEnglish() throws {
        var sheets = try sheets(.en)
        sheets.order = .estatal
        let text = RuleCatalogue(sheets).render(asOf: Day(year: 2028, month: 6, day: 30)!)
        #expect(text.split(separator: "\n")[3] == "For order State — rules that apply: 3; not judged in the current phase: 3 (r_flag, r_when, r_err); that do not apply: 1 (r_r)")
        #expect(!text.contains("Rule 'r_r'"))
    }

    /// At the municipal order r_r (for municipios) may apply: the kind, not given, decides.
    @Test func aSheetSaysWhatDecidesWhetherItApplies() throws {
        var sheets = try sheets(.es)
        sheets.order = .municipal
        let rule = try #require(sheets.ruleSet.rule(RuleID("r_r")))
        #expect(sheets.render(rule, current: nil).contains("\n  Alcance según la política «mini_policy»: no lo restringe\n  Para orden Municipal: depende del tipo de institución\n"))
        sheets.order = nil
        sheets.kind = .municipio
        #expect(sheets.render(rule, current: nil).contains("\n  Para tipo Municipio: aplica\n"))
    }
}
