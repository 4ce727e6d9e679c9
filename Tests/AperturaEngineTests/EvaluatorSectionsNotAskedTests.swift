import AperturaEngine
import AperturaModel
import Testing

/// Which sections the PAI rules and policy ask of which kinds: the open-data rules (`datos_publicados`,
/// `datos_calidad`, and the objective's other rules) are left out for parties and unions by the policy.
@Suite struct EvaluatorSectionsNotAskedTests {
    @Test func partiesAndUnionsAreNotAskedForOpenData() throws {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        #expect(evaluator.sectionsNotAsked(kind: .partido, order: .estatal) == ["datos_abiertos"])
        #expect(evaluator.sectionsNotAsked(kind: .sindicato, order: nil) == ["datos_abiertos"])
        #expect(evaluator.sectionsNotAsked(kind: .municipio, order: .municipal).isEmpty)
        #expect(evaluator.sectionsNotAsked(kind: .universidad, order: nil).isEmpty)
    }
}
