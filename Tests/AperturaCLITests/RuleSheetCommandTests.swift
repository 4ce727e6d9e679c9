import Testing

/// `apertura explain --rule ID` with no self-assessment prints the rule's sheet, from the bundled PAI rules and
/// policy unless `--rules`/`--policy` say otherwise.
@Suite struct RuleSheetCommandTests {
    /// datos_calidad is for every kind the policy lists for the open-data objective (Policies/pai-inicio.yaml,
    /// the entry at line 91, named and ordered as the batch's report lists kinds, in the start phase only), and for
    /// municipalities only from 70,000 inhabitants (its own condition).
    @Test func thePAISheetGivesThePolicyScope() throws {
        let r = try CLI.run(["explain", "--rule", "datos_calidad", "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Regla «datos_calidad» — Datos en formato abierto y difundidos (Rules/pai/rules/datos_abiertos.yaml:51:5, peso 1)\n"))
        #expect(r.stdout.contains("  Alcance según la política «pai_inicio», sólo en la fase Inicio: tipos Ejecutivo federal, Descentralizado, Ejecutivo estatal, Legislativo, Judicial, Autónomo, Municipio, Fideicomiso o fondo público, Universidad pública (Policies/pai-inicio.yaml:91:5)\n"))
        #expect(r.stdout.contains("    Inicio (2025-01-01 – 2027-12-31, fechas propuestas) [fase vigente]: ≥ 80 %, propuesta"))
    }

    /// The Métrica's rules, named with --rules, are read with their own policy (mga_2017), whose threshold is strict.
    @Test func anotherRuleSetWithItsOwnPolicy() throws {
        let r = try CLI.run(["explain", "--rule", "ga_aprobatorio", "--rules", "Rules/mga", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Goals by phase (calendar of policy 'mga_2017'):\n"))
        #expect(r.stdout.contains(": > 0.6, official (source: "))
    }

    /// Rules no bundled policy evaluates need --policy: a usage error, not the PAI policy reported as a mismatch.
    @Test func rulesWithoutABundledPolicyNeedOne() throws {
        let r = try CLI.run(["explain", "--rule", "r_share", "--rules", "Tests/Fixtures/mini/rules", "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: --policy: no policy in 'Policies' evaluates rule set 'mini': give one\n"), "\(r.stderr)")
        let given = try CLI.run(["explain", "--rule", "r_share", "--rules", "Tests/Fixtures/mini/rules", "--policy", "Tests/Fixtures/mini/policy.yaml"])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.hasPrefix("Regla «r_share» — Proporción (Tests/Fixtures/mini/rules/rules.yaml:15:5, peso 1)\n"))
    }

    /// A misspelt rule is the usage error it is with a self-assessment (64, with "did you mean").
    @Test func anUnknownRuleIsAUsageError() throws {
        let r = try CLI.run(["explain", "--rule", "datos_calida", "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: --rule: rule 'datos_calida' does not exist. Did you mean 'datos_calidad'?\n"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// After the full stop, the question starts with a capital: «¿Quiso decir …?», not «¿quiso».
    @Test func theSuggestionAfterAFullStopIsCapitalised() throws {
        let r = try CLI.run(["explain", "--rule", "datos_calida"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: --rule: la regla «datos_calida» no existe. ¿Quiso decir «datos_calidad»?\n"), "\(r.stderr)")
    }

    /// Without --rule, every rule of the PAI (18 in Rules/pai/rules), after a heading with the phase in force.
    @Test func withoutARuleEveryRulesSheet() throws {
        let r = try CLI.run(["explain", "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Fichas de las reglas: Política de Apertura Institucional (sujetos obligados) (pai 2025.1), 18 reglas\n"))
        #expect(r.stdout.contains("\nFecha de corte: 2026-06-30 · Fase vigente: Inicio (2025-01-01 – 2027-12-31, fechas propuestas)\n"))
        #expect(r.stdout.split(separator: "\n").count(where: { $0.hasPrefix("Regla «") }) == 18)
        let one = try CLI.run(["explain", "--rule", "datos_calidad", "--as-of", "2026-06-30"])
        #expect(r.stdout.contains("\n\n" + one.stdout))
    }

    /// Without --rule, how every rule judged Zapopan: the as-of line once, then 18 rules, which end as its report
    /// counts them (13 of 17 applicable rules met; agenda_publicada lacks its evidence; compromisos_avance has
    /// no goal in the start phase; three fall short).
    @Test func withoutARuleEveryRuleJudgesTheSelfAssessment() throws {
        let r = try CLI.run(["explain", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Fecha de corte 2026-06-30: fase «Inicio» (2025-01-01 a 2027-12-31).")
        #expect(lines.count(where: { $0.hasPrefix("Fecha de corte") }) == 1)
        #expect(lines.count(where: { $0.hasPrefix("Regla «") }) == 18)
        #expect(lines.count(where: { $0.hasPrefix("Resultado: cumple (") }) == 13)
        #expect(lines.count(where: { $0.hasPrefix("Resultado: no cumple (") }) == 3)
        #expect(lines.count(where: { $0.hasPrefix("Resultado: falta evidencia (agenda.documento)") }) == 1)
        #expect(lines.count(where: { $0.hasPrefix("Resultado: no aplica (sin meta en la fase «Inicio»)") }) == 1)
        // One rule's explanation is the one --rule gives, less the as-of line said above.
        let one = try CLI.run(["explain", "Examples/municipio-zapopan.yaml", "--rule", "datos_calidad", "--as-of", "2026-06-30"])
        let alone = one.stdout.split(separator: "\n", maxSplits: 1)
        #expect(alone.first == "Fecha de corte 2026-06-30: fase «Inicio» (2025-01-01 a 2027-12-31).")
        #expect(r.stdout.contains("\n\n" + alone[1]))
    }

    /// For a political party (Policies/pai-inicio.yaml:91 leaves parties out of the open-data objective;
    /// mecanismos_diversos is for municipios; compromisos_avance has no goal in the start phase; four rules have
    /// conditions on the answers), 15 sheets, each saying whether it applies.
    @Test func theCatalogueForAKind() throws {
        let r = try CLI.run(["explain", "--kind", "partido", "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines[3] == "Para tipo Partido político — reglas que aplican: 10; que dependen de una condición: 4; que no se juzgan en la fase vigente: 1 (compromisos_avance); que no aplican: 3 (mecanismos_diversos, datos_publicados, datos_calidad)")
        #expect(lines.count(where: { $0.hasPrefix("Regla «") }) == 15)
        #expect(lines.count(where: { $0.hasPrefix("  Para tipo Partido político: ") }) == 15)
        // A municipio is municipal: the order follows from the kind, as in `template`.
        let municipio = try CLI.run(["explain", "--kind", "municipio", "--rule", "mecanismos_diversos", "--lang", "en"])
        #expect(municipio.stdout.contains("\n  For kind Municipality, order Municipal: it depends on a condition\n"), "\(municipio.stdout)")
    }

    /// --kind and --order describe an institution only where no self-assessment does, and must agree.
    @Test func kindAndOrderAreUsageErrorsWhereTheyCannotHold() throws {
        let withFile = try CLI.run(["explain", "Examples/municipio-zapopan.yaml", "--kind", "partido", "--lang", "en"])
        #expect(withFile.status == 64)
        #expect(withFile.stderr.hasPrefix("Error: --kind: the self-assessment already says which institution it is;"), "\(withFile.stderr)")
        let conflict = try CLI.run(["explain", "--kind", "municipio", "--order", "federal"])
        #expect(conflict.status == 64)
        #expect(conflict.stderr.hasPrefix("Error: --order: una institución de tipo «municipio» es del orden «municipal», no «federal»\n"), "\(conflict.stderr)")
        #expect(conflict.stdout.isEmpty)
    }

    /// The open-data rules' condition, `institution.kind != "municipio" || …`, holds for any trust: for a
    /// fideicomiso they apply (12 of 18: the 10 that apply to every kind, and these two), and only the four
    /// conditions on the answers stay open (the two on requests received, mecanismos_con_minuta, comite_con_fecha).
    @Test func aConditionTheKindSettlesIsDecided() throws {
        let r = try CLI.run(["explain", "--kind", "fideicomiso", "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n")[3] == "Para tipo Fideicomiso o fondo público — reglas que aplican: 12; que dependen de una condición: 4; que no se juzgan en la fase vigente: 1 (compromisos_avance); que no aplican: 1 (mecanismos_diversos)")
        let sheet = try CLI.run(["explain", "--kind", "fideicomiso", "--rule", "datos_calidad"])
        #expect(sheet.stdout.contains("\n  Para tipo Fideicomiso o fondo público: aplica\n"), "\(sheet.stdout)")
        // For a municipio the population decides.
        let municipio = try CLI.run(["explain", "--kind", "municipio", "--rule", "datos_calidad"])
        #expect(municipio.stdout.contains("\n  Para tipo Municipio, orden Municipal: depende de una condición\n"), "\(municipio.stdout)")
    }
}

