import AperturaBatch
import AperturaModel
import Foundation
import Testing

/// The score distribution counts each institution in the bin of the score it is published with.
@Suite struct HistogramEdgeTests {
    /// An MGA self-assessment with the four components given directly.
    static func mga(id: String, tg: String, tc: String, pg: String, pc: String) -> String {
        """
        apertura: 1
        rule_set: mga
        institution:
          id: "\(id)"
          name: "Institución \(id)"
          kind: ejecutivo_estatal
          order: estatal
          state: chiapas
        period: {start: 2025-01-01, end: 2025-12-31}
        answers:
          tg: {valor: \(tg)}
          tc: {valor: \(tc)}
          pg: {valor: \(pg)}
          pc: {valor: \(pc)}

        """
    }

    /// GA = ((0.57 + 0.34) / 2 + (0.39 + 0.30) / 2) / 2 = (0.455 + 0.345) / 2 = 0.4 by hand; in doubles it comes
    /// out a hair below (0.39999999999999997), and results.csv and summary.json both publish 0.4. It belongs to
    /// the bin 0.4–0.5, not to 0.3–0.4.
    @Test func aScoreOfFourTenthsWithRoundingNoiseIsInTheBinFromFourTenths() throws {
        let inputs = Fixtures.temporaryDirectory("hist-in"), out = Fixtures.temporaryDirectory("hist-out")
        Fixtures.write(Self.mga(id: "H-1", tg: "0.57", tc: "0.34", pg: "0.39", pc: "0.30"), inputs + "/h1.yaml")
        // A plain 0.35 (0.4 + 0.3) / 2 = 0.35 → bin 0.3–0.4, to keep the neighbouring bin honest too.
        Fixtures.write(Self.mga(id: "H-2", tg: "0.40", tc: "0.40", pg: "0.30", pc: "0.30"), inputs + "/h2.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [inputs], outputDirectory: out, rules: Fixtures.mgaRules,
                                                      policy: Fixtures.mgaPolicy, asOf: Fixtures.asOf2017, jobs: 1))
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 2)
        let rows = Fixtures.records(out + "/results.csv")
        let score = try #require(rows.first?.firstIndex(of: "score"))
        #expect(rows.dropFirst().map { $0[score] } == ["0.4000", "0.3500"])
        #expect(summary.score.histogram.map(\.count) == [0, 0, 0, 1, 1, 0, 0, 0, 0, 0])
        #expect(summary.score.min == 0.35 && summary.score.max == 0.4)
    }
}

extension Fixtures {
    /// A day in the MGA policy's measurement phase.
    static let asOf2017 = Day("2017-02-01")!
}
