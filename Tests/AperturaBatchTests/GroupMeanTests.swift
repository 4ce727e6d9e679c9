import AperturaBatch
import AperturaModel
import Foundation
import Testing

/// BATCH.md: a group's `mean_score` is the mean over its institutions that have a score (`scored`); an
/// institution whose score could not be determined counts in `count` and `not_scored`, never as a 0.
@Suite struct GroupMeanTests {
    @Test func aGroupMeanLeavesOutInstitutionsWithoutAScore() throws {
        let inputs = Fixtures.temporaryDirectory("group-mean-in"), out = Fixtures.temporaryDirectory("group-mean-out")
        // GA = ((0.40 + 0.40) / 2 + (0.30 + 0.30) / 2) / 2 = 0.35.
        Fixtures.write(HistogramEdgeTests.mga(id: "G-1", tg: "0.40", tc: "0.40", pg: "0.30", pc: "0.30"), inputs + "/g1.yaml")
        // tc not answered: GA (the mga policy's score) is not reported, so G-2 has no score.
        let unscored = HistogramEdgeTests.mga(id: "G-2", tg: "0.40", tc: "0.40", pg: "0.30", pc: "0.30")
            .replacingOccurrences(of: "  tc: {valor: 0.40}\n", with: "")
        Fixtures.write(unscored, inputs + "/g2.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [inputs], outputDirectory: out, rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Fixtures.asOf2017, jobs: 1))
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 2)
        #expect(summary.counts.notScored == 1)
        // Both are in Chiapas, of the state order, of kind ejecutivo_estatal: every group has 2, 1 scored, mean 0.35.
        for group in [summary.byState, summary.byOrder, summary.byKind] {
            #expect(group.map(\.count) == [2])
            #expect(group.map(\.scored) == [1])
            #expect(group.map(\.meanScore) == [0.35])
        }
        #expect(summary.score.mean == 0.35)
    }

    /// BATCH.md: `levels` lists every level, best first, "plus `id: ""` for institutions without a level"; a
    /// group's `levels` count its institutions the same way.
    @Test func anInstitutionWithoutAScoreIsCountedWithoutALevel() throws {
        let inputs = Fixtures.temporaryDirectory("no-level-in"), out = Fixtures.temporaryDirectory("no-level-out")
        // GA 0.35, not above 0.6 (Policies/mga-2017.yaml): no_aprobatorio. N-2 lacks tc: no score, no level.
        Fixtures.write(HistogramEdgeTests.mga(id: "N-1", tg: "0.40", tc: "0.40", pg: "0.30", pc: "0.30"), inputs + "/n1.yaml")
        Fixtures.write(HistogramEdgeTests.mga(id: "N-2", tg: "0.40", tc: "0.40", pg: "0.30", pc: "0.30")
            .replacingOccurrences(of: "  tc: {valor: 0.40}\n", with: ""), inputs + "/n2.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [inputs], outputDirectory: out, rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Fixtures.asOf2017, jobs: 1))
        let summary = try #require(result.summary)
        #expect(summary.levels.map(\.id) == ["satisfactorio", "aprobatorio", "no_aprobatorio", ""])
        #expect(summary.levels.map(\.count) == [0, 0, 1, 1])
        #expect(summary.byState.map(\.levels) == [["no_aprobatorio": 1, "": 1]])
    }
}
