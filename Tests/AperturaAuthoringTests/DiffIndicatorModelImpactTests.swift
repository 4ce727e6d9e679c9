import AperturaAuthoring
import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// Under the `indicator` model the score `diff` compares is the policy's score (the Métrica's GA), not the
/// rules' weighted score. Municipio medido: TG 0.62, TC 0.55, PG 0.30, PC 0.45, so T = 0.585, P = 0.375 and
/// GA = 0.48; one rule of five met gives a weighted rule score of 1/6, which is not what the diff reports.
@Suite struct DiffIndicatorModelImpactTests {
    @Test func theScoreIsThePolicysScore() throws {
        let policy = Fixtures.path("Policies/mga-2017.yaml")
        let rules = Fixtures.path("Rules/mga")
        let evaluator = try #require(Workspace.load(rules: rules, policy: policy).0)
        let (impact, problems) = ImpactAnalysis.run(old: evaluator, new: evaluator, files: [Fixtures.path("Examples/mga/municipio-medido.yaml")],
                                                    asOf: Day("2017-02-28")!)
        #expect(problems.isEmpty)
        let row = try #require(impact.first)
        #expect(abs((row.oldScore ?? 0) - 0.48) < 1e-9 && abs((row.newScore ?? 0) - 0.48) < 1e-9)
        #expect(row.changedRules.isEmpty && !row.levelChanged)
        #expect(row.delta == 0)
    }
}
