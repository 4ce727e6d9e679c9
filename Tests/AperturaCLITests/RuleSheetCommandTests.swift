import Testing

/// `apertura explain --rule ID` with no self-assessment prints the rule's sheet, from the bundled PAI rules and
/// policy unless `--rules`/`--policy` say otherwise.
@Suite struct RuleSheetCommandTests {
    /// datos_calidad is for every kind the policy lists for the open-data objective (Policies/pai-inicio.yaml,
    /// the entry at line 90), and for municipalities only from 70,000 inhabitants (its own condition).
    @Test func thePAISheetGivesThePolicyScope() throws {
        let r = try CLI.run(["explain", "--rule", "datos_calidad", "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Regla «datos_calidad» — Datos en formato abierto y difundidos (Rules/pai/rules/datos_abiertos.yaml:51:5, peso 1)\n"))
        #expect(r.stdout.contains("  Alcance según la política «pai_inicio»: tipos autonomo, descentralizado, ejecutivo_estatal, ejecutivo_federal, fideicomiso, judicial, legislativo, municipio, universidad (Policies/pai-inicio.yaml:90:5)\n"))
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
        #expect(r.stderr.hasPrefix("Error: --rule: rule 'datos_calida' does not exist. did you mean 'datos_calidad'?\n"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
