import AperturaEngine
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// A municipality's population is optional, and the rules for large municipalities read it: leaving it out
/// must not exempt a municipality from them (a missing answer is never in its favour). Without it, the open
/// data rules and the diversity of mechanisms apply, as they do from 70,000 inhabitants.
@Suite struct UnstatedPopulationTests {
    func outcomes(_ example: String) throws -> [String: Outcome] {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let text = try String(contentsOfFile: Fixtures.path(example), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  population:") }
        let file = try Fixtures.temporaryDirectory() + "/sin-poblacion.yaml"
        try Fixtures.write(lines.joined(separator: "\n"), to: file)
        let assessment = try #require(Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: false).0.first)
        #expect(assessment.institution.population == nil)
        let evaluation = try evaluator.evaluate(assessment, asOf: try #require(Day("2026-06-30")))
        return Dictionary(uniqueKeysWithValues: evaluation.outcomes.map { ($0.rule.rawValue, $0.outcome) })
    }

    @Test func theRulesForLargeMunicipalitiesApplyWithoutAPopulation() throws {
        // Tlalnelhuayocan (18,600 inhabitants when stated) runs one kind of mechanism: short of 2.
        let small = try outcomes("Examples/municipio-tlalnelhuayocan.yaml")
        #expect(small["mecanismos_diversos"]?.code == "not_met")
        #expect(small["datos_publicados"]?.isApplicable == true)
        // Zapopan runs three kinds: met, as with its population stated.
        #expect(try outcomes("Examples/municipio-zapopan.yaml")["mecanismos_diversos"]?.code == "met")
    }
}
