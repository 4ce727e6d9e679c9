import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// docs/CEL.md: selecting a missing key of a map fails with `noSuchKey`, which, like `noSuchField`, is a missing
/// value: the evaluation judges the rule "not reported", never an error nor a pass.
@Suite struct MissingMapKeyTests {
    @Test func aMissingMapKeyIsNotReported() throws {
        // r's value read from a map by kind: M-1 is a municipio, which the map lacks.
        let rules = try Fixtures.miniRules(editingIndicators: "    value: b.r\n", to: "    value: '{\"partido\": 0.5}[institution.kind]'\n")
        let evaluator = try Fixtures.evaluator(rules: rules)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let e = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        #expect(e.outcomes.first { $0.rule == "r_r" }?.outcome.code == "not_reported")
        guard case .notReported? = e.indicators["r"] else {
            Issue.record("r: \(String(describing: e.indicators["r"]))")
            return
        }
    }
}
