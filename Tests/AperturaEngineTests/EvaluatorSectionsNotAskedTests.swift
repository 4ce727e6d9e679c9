import AperturaEngine
import AperturaModel
import Testing

/// Which sections the PAI rules and policy ask of which kinds: the open-data rules (`datos_publicados`,
/// `datos_calidad`, and the objective's other rules) are left out for parties and unions by the policy.
@Suite struct EvaluatorSectionsNotAskedTests {
    @Test func partiesAndUnionsAreNotAskedForOpenData() throws {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        #expect(evaluator.sectionsNotAsked(kind: .partido, order: .estatal, phase: "inicio") == ["datos_abiertos"])
        #expect(evaluator.sectionsNotAsked(kind: .sindicato, order: nil, phase: "inicio") == ["datos_abiertos"])
        #expect(evaluator.sectionsNotAsked(kind: .municipio, order: .municipal, phase: "inicio").isEmpty)
        #expect(evaluator.sectionsNotAsked(kind: .universidad, order: nil, phase: "inicio").isEmpty)
    }

    /// The policy's entry holds only in `inicio` (`phases: [inicio]`): from `consolidacion` on it exempts no one, and
    /// every open-data rule reads `datos_abiertos`. Without a phase (the editor schema) it counts as if it held.
    @Test func fromTheConsolidationPhaseOnPartiesAndUnionsAreAsked() throws {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        for phase: PhaseID in ["consolidacion", "madurez"] {
            #expect(evaluator.sectionsNotAsked(kind: .partido, order: .estatal, phase: phase).isEmpty, "\(phase)")
            #expect(evaluator.sectionsNotAsked(kind: .sindicato, order: nil, phase: phase).isEmpty, "\(phase)")
        }
        #expect(evaluator.sectionsNotAsked(kind: .partido, order: .estatal, phase: nil) == ["datos_abiertos"])
        #expect(evaluator.sectionsNotAsked(kind: .sindicato, population: nil) == ["datos_abiertos"])
    }
}
