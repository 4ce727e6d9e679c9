@testable import AperturaBatch
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// What `apertura generate` promises of a population (docs/BATCH.md, "Synthetic populations"): files named
/// `SIN-000001.yaml` on, each holding the institution of its name; the Métrica 2017 mix of orders and states;
/// no answer the batch would warn of; and answers a rule set's ratios can be worked out of.
@Suite struct GeneratedPopulationShapeTests {
    static func ruleSet() throws -> RuleSet {
        try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
    }

    /// The value of `  key: value` in the institution block of a generated self-assessment.
    static func value(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix("  \(key): ") {
            return String(line.dropFirst(key.count + 4)).replacingOccurrences(of: "\"", with: "")
        }
        return nil
    }

    @Test func filesAreNumberedFromOneWithSixDigitsAndHoldTheirOwnInstitution() throws {
        let dir = Fixtures.temporaryDirectory("generated-names")
        let paths = try PopulationWriter.write(PopulationGenerator(ruleSet: Self.ruleSet(), seed: 5), count: 12, to: dir, stream: false)
        let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(names == ["SIN-000001.yaml", "SIN-000002.yaml", "SIN-000003.yaml", "SIN-000004.yaml", "SIN-000005.yaml", "SIN-000006.yaml",
                          "SIN-000007.yaml", "SIN-000008.yaml", "SIN-000009.yaml", "SIN-000010.yaml", "SIN-000011.yaml", "SIN-000012.yaml"])
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() == names)
        for (path, name) in zip(paths, names) {
            #expect(Self.value("id", in: Fixtures.read(path)) == String(name.dropLast(".yaml".count)))
        }
    }

    /// The Métrica 2017 sample has 34 federal, 507 state-level and 108 municipal institutions of 649
    /// (5.2 %, 78.1 %, 16.6 %); federal ones have no state, the others one of the 32.
    @Test func ordersFollowTheMetricaMixAndOnlyFederalOnesHaveNoState() throws {
        let generator = try PopulationGenerator(ruleSet: Self.ruleSet(), seed: 1)
        let states: Set<String> = ["aguascalientes", "baja_california", "baja_california_sur", "campeche", "chiapas", "chihuahua",
                                   "ciudad_de_mexico", "coahuila", "colima", "durango", "guanajuato", "guerrero", "hidalgo", "jalisco",
                                   "mexico", "michoacan", "morelos", "nayarit", "nuevo_leon", "oaxaca", "puebla", "queretaro",
                                   "quintana_roo", "san_luis_potosi", "sinaloa", "sonora", "tabasco", "tamaulipas", "tlaxcala",
                                   "veracruz", "yucatan", "zacatecas"]
        let count = 2000
        var orders: [String: Int] = [:]
        var seenStates: Set<String> = []
        for i in 0..<count {
            let text = generator.assessment(i)
            let order = try #require(Self.value("order", in: text))
            orders[order, default: 0] += 1
            let state = Self.value("state", in: text)
            if order == "federal" {
                #expect(state == nil, "institution \(i) is federal and has a state")
            } else {
                let state = try #require(state, "institution \(i) (\(order)) has no state")
                #expect(states.contains(state))
                seenStates.insert(state)
            }
            if Self.value("kind", in: text) == "municipio" {
                // Log-uniform from 1,000 to about 2,000,000 inhabitants.
                let population = try #require(Self.value("population", in: text).flatMap { Int($0) }, "municipality \(i) has no population")
                #expect((1000...2_010_000).contains(population))
            }
        }
        let share = { (order: String) in Double(orders[order] ?? 0) / Double(count) }
        #expect(abs(share("federal") - 34.0 / 649) < 0.03, "\(orders)")
        #expect(abs(share("estatal") - 507.0 / 649) < 0.03, "\(orders)")
        #expect(abs(share("municipal") - 108.0 / 649) < 0.03, "\(orders)")
        #expect(seenStates == states)
    }

    /// A generated population is clean: the batch has nothing to warn of, and every ratio indicator, worked out
    /// of the answers (answered over received, on time over answered), is within 0 to 1.
    @Test func aGeneratedPopulationHasNoWarningsAndRatiosWithinOne() throws {
        let dir = Fixtures.temporaryDirectory("generated-clean")
        let paths = try PopulationWriter.write(PopulationGenerator(ruleSet: Self.ruleSet(), seed: 2), count: 300, to: dir, stream: true)
        let out = Fixtures.temporaryDirectory("generated-clean-out")
        let result = try BatchRunner.run(BatchOptions(inputs: paths, outputDirectory: out, rules: Fixtures.paiRules, policy: Fixtures.paiPolicy,
                                                      asOf: Fixtures.asOf, jobs: 1))
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 300)
        #expect(summary.counts.warningRows == 0)
        #expect(Fixtures.records(out + "/warnings.csv").count == 1)
        let ratios = Set(summary.indicators.filter { $0.unit == "ratio" }.map { "indicator_" + $0.id })
        #expect(!ratios.isEmpty)
        let rows = Fixtures.records(out + "/results.csv")
        let header = try #require(rows.first)
        for (column, name) in header.enumerated() where ratios.contains(name) {
            for row in rows.dropFirst() {
                if let value = Double(row[column]) { #expect((0...1).contains(value), "\(name) = \(value) in \(row[2])") }
            }
        }
    }

    @Test func yamlStringsEscapeBackslashesAndLineBreaks() {
        #expect(YAMLWriter.quoted("a\\b\nc\"d\te") == "\"a\\\\b\\nc\\\"d\\te\"")
    }

    @Test(arguments: [(4.05, "4.05"), (-4.37, "-4.37"), (0.0, "0.00"), (12.5, "12.50")])
    func decimalsHaveTwoFixedDigits(x: Double, text: String) throws {
        let values = FieldValues(rng: SplitMix64(seed: 1), propensity: 0.5, year: 2025, id: "SIN-000001")
        #expect(values.decimal(x, within: -100...100) == text)
    }
}
