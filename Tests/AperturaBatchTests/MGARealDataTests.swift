import AperturaBatch
import AperturaModel
import Foundation
import Testing
import TestSupport

/// The batch over the real Métrica 2017 table, checked against values computed here from the CSV alone.
private let table = SharedData.mga2017Directory.appendingPathComponent("mga2017_sujetos_obligados.csv")

@Suite struct MGARealDataTests {

    struct Row {
        var state: String, order: String, kind: String
        var ga: Double, t: Double, p: Double
    }

    /// The CSV read directly: our own reading of `edo`, `niv` and `ts`, independent of the mapping file.
    static func expectedRows() -> [Row] {
        let records = Fixtures.records(table.path)
        let header = records[0]
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        let kinds = ["Ejecutivo federal": "ejecutivo_federal", "Ejecutivo estatal": "ejecutivo_estatal"]
        return records.dropFirst().map { r in
            let edo = r[column("edo")]
            let state = edo == "Federal" ? "federal" : edo == "NuevoLeon" ? "nuevo_leon" : MexicanState.id(forName: edo) ?? "?"
            let ts = r[column("ts")]
            return Row(state: state, order: r[column("niv")].lowercased(), kind: kinds[ts] ?? ts.lowercased(),
                       ga: Double(r[column("GA")])!, t: Double(r[column("T")])!, p: Double(r[column("P")])!)
        }
    }

    /// The mean GA of each group, and the size of each group, as the groups' ids.
    static func check(_ groups: [BatchSummary.Group], _ rows: [Row], key: (Row) -> String) throws {
        var sums: [String: Double] = [:], counts: [String: Int] = [:]
        for row in rows {
            sums[key(row), default: 0] += row.ga
            counts[key(row), default: 0] += 1
        }
        #expect(Set(groups.map(\.id)) == Set(counts.keys))
        for group in groups {
            let expected = sums[group.id]! / Double(counts[group.id]!)
            let mean = try #require(group.meanScore)
            #expect(abs(mean - expected) <= 0.002, "mean GA of \(group.id): \(mean) vs \(expected)")
            #expect(group.count == counts[group.id])
        }
    }

    @Test(.enabled(if: SharedData.exists(table) || SharedData.isCI, "\(SharedData.missingMessage(table))"))
    func aggregatesMatchTheTable() throws {
        if let failure = SharedData.failureUnderCI(table) {
            Issue.record("\(failure)")
            return
        }
        let out = Fixtures.temporaryDirectory("mga")
        let result = try BatchRunner.run(BatchOptions(
            inputs: [table.path], outputDirectory: out, rules: Fixtures.mgaRules, policy: Fixtures.mgaPolicy,
            asOf: Day("2017-02-01")!, jobs: 2, mapping: Fixtures.mgaMapping))
        let summary = try #require(result.summary)
        let rows = Self.expectedRows()
        #expect(rows.count == 649)
        #expect(summary.counts.evaluated == rows.count)
        #expect(summary.counts.invalid == 0)

        try Self.check(summary.byState, rows) { $0.state }
        try Self.check(summary.byOrder, rows) { $0.order }
        try Self.check(summary.byKind, rows) { $0.kind }

        let quadrants = Dictionary(uniqueKeysWithValues: summary.quadrants.map { ($0.id, $0.count) })
        #expect(quadrants["high_high"] == rows.count(where: { $0.t > 0.5 && $0.p > 0.5 }))
        #expect(quadrants["high_low"] == rows.count(where: { $0.t > 0.5 && $0.p <= 0.5 }))
        #expect(quadrants["low_high"] == rows.count(where: { $0.t <= 0.5 && $0.p > 0.5 }))
        #expect(quadrants["low_low"] == rows.count(where: { $0.t <= 0.5 && $0.p <= 0.5 }))

        let levels = Dictionary(uniqueKeysWithValues: summary.levels.map { ($0.id, $0.count) })
        let above08 = rows.count(where: { $0.ga > 0.8 }), above06 = rows.count(where: { $0.ga > 0.6 })
        #expect(levels["satisfactorio"] == above08)
        #expect((levels["satisfactorio"] ?? 0) + (levels["aprobatorio"] ?? 0) == above06)

        let mean = rows.map(\.ga).reduce(0, +) / Double(rows.count)
        let goal = try #require(summary.populationGoals.first(where: { $0.id == "indice_promedio" }))
        let actual = try #require(goal.actual)
        #expect(abs(actual - mean) <= 0.002)
        #expect(goal.status == "proposed")

        // Row by row, in input order: GA (the score), T and P.
        let results = Fixtures.records(out + "/results.csv")
        let header = results[0]
        let score = header.firstIndex(of: "score")!, t = header.firstIndex(of: "indicator_t")!, p = header.firstIndex(of: "indicator_p")!
        #expect(results.count - 1 == rows.count)
        for (row, expected) in zip(results.dropFirst(), rows) {
            #expect(abs(Double(row[score])! - expected.ga) <= 0.002, "GA of \(row[2])")
            #expect(abs(Double(row[t])! - expected.t) <= 0.002, "T of \(row[2])")
            #expect(abs(Double(row[p])! - expected.p) <= 0.002, "P of \(row[2])")
        }
        try? FileManager.default.removeItem(atPath: out)
    }
}
