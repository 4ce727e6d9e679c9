import AperturaBatch
import AperturaModel
import Foundation
import Testing

/// BATCH.md: a population goal's `met` compares `actual` with the phase's target in the goal's direction; an
/// increasing goal is met when the actual reaches the target (as a rule's goal is met when reached).
@Suite struct PopulationGoalBoundaryTests {
    @Test func aMeanExactlyOnTheTargetMeetsAnIncreasingGoal() throws {
        let inputs = Fixtures.temporaryDirectory("popgoal-in"), out = Fixtures.temporaryDirectory("popgoal-out")
        // GA = ((0.6 + 0.6) / 2 + (0.6 + 0.6) / 2) / 2 = 0.6, exactly, in doubles too (halving is exact).
        Fixtures.write(HistogramEdgeTests.mga(id: "B-1", tg: "0.6", tc: "0.6", pg: "0.6", pc: "0.6"), inputs + "/b1.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [inputs], outputDirectory: out, rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Fixtures.asOf2017, jobs: 1))
        let summary = try #require(result.summary)
        // Rules/mga/population.yaml: indice_promedio, the mean of ga, increasing, target 0.6 in phase medicion.
        let goal = try #require(summary.populationGoals.first { $0.id == "indice_promedio" })
        #expect(goal.actual == 0.6)
        #expect(goal.target == 0.6)
        #expect(goal.met == true)
    }
}
