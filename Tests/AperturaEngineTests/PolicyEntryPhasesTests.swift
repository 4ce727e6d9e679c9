import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// An applicability entry with `phases` narrows its rules only while the as-of date is in one of them (a temporary
/// exemption), and a rule it leaves out carries the entry's reason, phase and source to the report.
@Suite struct PolicyEntryPhasesTests {
    func evaluate(_ file: String, policyTail: String, asOf: String) throws -> Evaluation {
        let evaluator = try Fixtures.evaluator(policy: try Fixtures.miniPolicy(appending: policyTail))
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/\(file)", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day(asOf))
    }

    func outcome(_ e: Evaluation, _ rule: String) -> Outcome? {
        e.outcomes.first(where: { $0.rule.rawValue == rule })?.outcome
    }

    /// r_share for parties only, in p2 only.
    static let partiesInP2 = """
        applicability:
          - rules: [r_share]
            phases: [p2]
            applies_to: {kinds: [partido]}
            reason: {es: Exención de prueba, en: Test exemption}
            source: {ref: s1, section: "Uno"}

        """

    @Test func anEntryWithPhasesHoldsOnlyInThem() throws {
        // p1 (2025-2027): the entry does not hold, so M-1's r_share is judged: 0.5 reaches its p1 goal of 0.5.
        #expect(outcome(try evaluate("municipio.yaml", policyTail: Self.partiesInP2, asOf: "2026-06-30"), "r_share") == .met)
        // p2 (2028-2030): the entry holds and admits parties only: M-1 is left out, with the entry's reason and source.
        let p2 = try evaluate("municipio.yaml", policyTail: Self.partiesInP2, asOf: "2028-06-30")
        guard case .notApplicable(.policyExemption(let reason, let phase, let source))? = outcome(p2, "r_share") else {
            Issue.record("r_share: \(String(describing: outcome(p2, "r_share")))")
            return
        }
        #expect(reason == LocalizedText(es: "Exención de prueba", en: "Test exemption"))
        #expect(phase == "p2")
        #expect(source?.ref == "s1" && source?.section == "Uno")
    }

    @Test func aConditionOfAnEntryWithPhasesIsWeighedOnlyInThem() throws {
        let tail = """
            applicability:
              - rules: [r_share]
                phases: [p1]
                applies_to:
                  when: "institution.population >= 200000"

            """
        // p1: M-1's 100000 inhabitants fail the condition: out, with no reason given and the phase named.
        #expect(outcome(try evaluate("municipio.yaml", policyTail: tail, asOf: "2026-06-30"), "r_share")
                == .notApplicable(.policyExemption(reason: nil, phase: "p1", source: nil)))
        // p2: the condition is not weighed; r_share is judged against its p2 goal, 0.8, which 0.5 misses by 0.3.
        let p2 = try evaluate("municipio.yaml", policyTail: tail, asOf: "2028-06-30")
        #expect(outcome(p2, "r_share")?.code == "not_met")
        #expect(abs((outcome(p2, "r_share")?.gap?.distance ?? 0) - 0.3) < 1e-12)
    }

    /// The bundled PAI policy exempts parties and unions from open data in the start phase only.
    @Test func thePAIExemptsUnionsFromOpenDataInTheStartPhaseOnly() throws {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let union = try Fixtures.assessment(Fixtures.path("Examples/sindicato-sonora.yaml"), ruleSet: evaluator.compiled.ruleSet)
        let inicio = try evaluator.evaluate(union, asOf: Fixtures.day("2026-06-30"))
        for rule in ["datos_publicados", "datos_calidad"] {
            guard case .notApplicable(.policyExemption(let reason?, "inicio", nil))? = outcome(inicio, rule) else {
                Issue.record("\(rule) in inicio: \(String(describing: outcome(inicio, rule)))")
                continue
            }
            #expect(reason.es.hasPrefix("exención temporal que propone esta política de evaluación, no la PAI"))
        }
        // Consolidación (2028-2030): open data applies to the union, which answers none of it: not reported.
        let consolidacion = try evaluator.evaluate(union, asOf: Fixtures.day("2029-06-30"))
        #expect(outcome(consolidacion, "datos_publicados")?.code == "not_reported")
        #expect(outcome(consolidacion, "datos_calidad")?.code == "not_reported")
        #expect(consolidacion.objectives.first { $0.objective == "oe_datos_abiertos" }?.rulesApplicable == 2)
    }
}
