import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// A check rule's `evidence:` was read and then dropped: the check "cumple" while the same report said the records
/// it rests on were missing (the PAI's `mecanismos_con_minuta`, whose minutes were declared but not published). A
/// check now asks for its evidence as a goal rule does.
@Suite struct CheckEvidenceTests {
    /// The mini rule set's `r_check` (`a.n >= 0 && size(a.items) <= a.n + 10`) holds for the municipio (n 3, 4 items);
    /// with `evidence: [a.acta]`, whose list the municipio leaves empty, it is "falta evidencia" instead of met.
    @Test func aCheckThatHoldsWithoutItsEvidenceIsMissingEvidence() throws {
        let original = try String(contentsOfFile: "\(Fixtures.mini)/rules/rules.yaml", encoding: .utf8)
        let edited = original.replacingOccurrences(of: "    check: a.n >= 0 && size(a.items) <= a.n + 10\n",
                                                   with: "    check: a.n >= 0 && size(a.items) <= a.n + 10\n    evidence: [a.acta]\n")
        #expect(edited != original)
        let evaluator = try Fixtures.evaluator(rules: try Fixtures.miniRules(replacing: "rules.yaml", with: edited))
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let evaluation = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        #expect(evaluation.outcomes.first { $0.rule == "r_check" }?.outcome == .missingEvidence(fields: ["a.acta"]))
        // With the evidence given, it is met again.
        let withActa = try Fixtures.temporaryDirectory() + "/m.yaml"
        try Fixtures.write(try String(contentsOfFile: "\(Fixtures.mini)/municipio.yaml", encoding: .utf8)
            .replacingOccurrences(of: "    acta: []\n", with: "    acta: [\"https://municipio.gob.mx/acta.pdf\"]\n"), to: withActa)
        let given = try evaluator.evaluate(try Fixtures.assessment(withActa, ruleSet: evaluator.compiled.ruleSet), asOf: Fixtures.day("2026-06-30"))
        #expect(given.outcomes.first { $0.rule == "r_check" }?.outcome == .met)
    }

    /// An evidence path of a check is checked as a goal rule's: a misspelt field is unknown, a field that is not of
    /// type evidence is a type mismatch; before, both passed unseen.
    @Test func aChecksEvidenceMustNameEvidenceFields() throws {
        let original = try String(contentsOfFile: "\(Fixtures.mini)/rules/rules.yaml", encoding: .utf8)
        for (evidence, code) in [("[a.actas]", "unknown_reference"), ("[a.n]", "type_mismatch")] {
            let edited = original.replacingOccurrences(of: "    check: a.n >= 0 && size(a.items) <= a.n + 10\n",
                                                       with: "    check: a.n >= 0 && size(a.items) <= a.n + 10\n    evidence: \(evidence)\n")
            let (_, diagnostics) = Workspace.load(rules: try Fixtures.miniRules(replacing: "rules.yaml", with: edited), policy: "\(Fixtures.mini)/policy.yaml")
            #expect(diagnostics.filter(\.isError).map(\.code) == [code], "\(diagnostics.map { $0.rendered(.en) })")
        }
    }
}
