import AperturaBatch
import Foundation
import Testing

/// A batch says how many institutions the policy waived from each rule: `waived` in summary.json's rules (not in
/// `applicable`), and a column of the rules table of report.html when any was waived (docs/BATCH.md).
@Suite struct BatchWaiverTests {
    /// The PAI policy waiving two rules for Tlalnelhuayocan (SO-VER-02180) until 2026-12-31.
    static func waivingPolicy() -> String {
        let path = Fixtures.temporaryDirectory("waiver-policy") + "/policy.yaml"
        Fixtures.write(Fixtures.read(Fixtures.paiPolicy) + """

            waivers:
              - institution: SO-VER-02180
                rules: [cumplimiento_portal, practicas_calidad]
                until: 2026-12-31
                reason: {es: Inundaciones, en: Floods}
                source: {ref: abramos_2024, section: "Antecedentes"}

            """, path)
        return path
    }

    @Test func waivedInstitutionsAreCountedPerRuleApartFromThoseItAppliesTo() throws {
        let out = Fixtures.temporaryDirectory("waiver-out")
        let inputs = [Fixtures.root + "/Examples/municipio-tlalnelhuayocan.yaml", Fixtures.zapopan]
        let result = try BatchRunner.run(BatchOptions(inputs: inputs, outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Self.waivingPolicy(), asOf: Fixtures.asOf, jobs: 1))
        #expect(result.allEvaluated)
        let summary = try #require(Fixtures.decodeSummary(out + "/summary.json"))
        let rules = Dictionary(uniqueKeysWithValues: summary.rules.map { ($0.id, $0) })
        // Both rules apply to both municipalities (each has them judged without a waiver); the waiver takes
        // Tlalnelhuayocan out of the two: 1 institution each, applicable 2 - 1 = 1 (Zapopan).
        for rule in ["cumplimiento_portal", "practicas_calidad"] {
            #expect(rules[rule]?.waived == 1, "\(rule)")
            #expect(rules[rule]?.applicable == 1, "\(rule)")
        }
        #expect(rules.values.filter { $0.waived > 0 }.count == 2)
        #expect(Fixtures.read(out + "/summary.json").contains("\"waived\" : 1"))
        // results.csv: Tlalnelhuayocan's score with the waiver, (0 + 0 + 1/3) / 3 = 0.1111 cut down, and its
        // gaps, the 11 rules that apply less the 1 met (solicitudes_coherentes): 10.
        let rows = Fixtures.records(out + "/results.csv")
        let header = try #require(rows.first)
        let row = try #require(rows.first { $0.contains("SO-VER-02180") })
        #expect(row[try #require(header.firstIndex(of: "score"))] == "0.1111")
        #expect(row[try #require(header.firstIndex(of: "gaps"))] == "10")
        // report.html: the rules table has a column of waived institutions.
        let html = Fixtures.read(out + "/report.html")
        #expect(html.contains("<th scope=\"col\" class=\"num\">Dispensadas</th>"))
    }

    @Test func withoutWaiversTheReportHasNoSuchColumn() throws {
        let out = Fixtures.temporaryDirectory("waiver-none")
        try Fixtures.runPAI([Fixtures.zapopan], out, nil)
        #expect(!Fixtures.read(out + "/report.html").contains(">Dispensadas</th>"))
        #expect(Fixtures.decodeSummary(out + "/summary.json")?.rules.allSatisfy { $0.waived == 0 } == true)
    }
}
