import AperturaEngine
import AperturaModel
import Testing

/// `objective_weights` (FORMAT.md): overall score = Σ W_o s_o / Σ W_o, W_o defaulting to 1.
@Suite struct ObjectiveWeightsTests {
    @Test func theOverallScoreIsTheWeightedMeanOfObjectives() throws {
        let policy = try Fixtures.miniPolicy(replacing: [("  credit: binary\n", "  credit: binary\n  objective_weights: {o1: 3}\n")])
        let evaluator = try Fixtures.evaluator(policy: policy)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let e = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        // o1 = 1/3 and o2 = 1/2, as in EvaluatorTests: (3 · 1/3 + 1 · 1/2) / 4 = 0.375 (unweighted: 5/12).
        #expect(abs((e.score ?? -1) - 0.375) < 1e-12)
        // Meeting r_r would make o2 3/4 and the score (1 + 3/4) / 4: a gain of 1/16.
        #expect(abs((e.outcomes.first(where: { $0.rule == "r_r" })?.gain ?? -1) - 1.0 / 16.0) < 1e-12)
    }
}
