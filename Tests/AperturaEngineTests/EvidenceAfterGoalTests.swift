import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// Evidence is asked of a value that reaches its goal: "missing evidence" is "the value meets the goal but the
/// evidence the rule requires is missing", so a value short of its goal is "not met" whatever its evidence, and
/// a rule that requires several evidence fields lists only those left empty.
@Suite struct EvidenceAfterGoalTests {
    /// The mini rule set with a second evidence field `a.fotos`, required by r_flag beside `a.acta`.
    func evaluator() throws -> Evaluator {
        let form = try String(contentsOfFile: "\(Fixtures.mini)/rules/form.yaml", encoding: .utf8)
        let rules = try String(contentsOfFile: "\(Fixtures.mini)/rules/rules.yaml", encoding: .utf8)
        let anchor = """
                  - id: n
                    type: integer
            """
        let withPhotos = form.replacingOccurrences(of: anchor, with: """
                  - id: fotos
                    type: evidence
                    prompt: {es: Fotos, en: Photos}
            \(anchor)
            """)
        #expect(withPhotos != form)
        let dir = try Fixtures.miniRules(replacing: "form.yaml", with: withPhotos)
        let twoFields = rules.replacingOccurrences(of: "evidence: [a.acta]", with: "evidence: [a.acta, a.fotos]")
        #expect(twoFields != rules)
        try Fixtures.write(twoFields, to: "\(dir)/rules.yaml")
        return try Fixtures.evaluator(rules: dir)
    }

    func flagOutcome(flag: Bool, acta: String, fotos: String) throws -> Outcome? {
        let evaluator = try evaluator()
        let text = """
            apertura: 1
            rule_set: mini
            institution: {id: M-2, name: Municipio, kind: municipio, order: municipal, state: jalisco, population: 100000}
            answers:
              a:
                flag: \(flag)
                acta: \(acta)
                fotos: \(fotos)
                n: 3
                items: []
              b:
                r: 0.7

            """
        let file = try Fixtures.temporaryDirectory() + "/evidence.yaml"
        try Fixtures.write(text, to: file)
        let assessment = try Fixtures.assessment(file, ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30")).outcomes.first { $0.rule == "r_flag" }?.outcome
    }

    @Test func aValueShortOfItsGoalIsNotMetEvenWithoutEvidence() throws {
        // flag false against the p1 goal true: short by 1, whatever the empty evidence.
        let outcome = try flagOutcome(flag: false, acta: "[]", fotos: "[]")
        #expect(outcome?.code == "not_met")
        #expect(outcome?.gap?.distance == 1)
    }

    @Test func onlyTheEvidenceLeftEmptyIsListed() throws {
        #expect(try flagOutcome(flag: true, acta: "[]", fotos: "[\"https://example.org/foto.jpg\"]") == .missingEvidence(fields: ["a.acta"]))
        #expect(try flagOutcome(flag: true, acta: "[\"https://example.org/acta.pdf\"]", fotos: "[]") == .missingEvidence(fields: ["a.fotos"]))
        #expect(try flagOutcome(flag: true, acta: "[]", fotos: "[]") == .missingEvidence(fields: ["a.acta", "a.fotos"]))
        #expect(try flagOutcome(flag: true, acta: "[\"https://example.org/acta.pdf\"]", fotos: "[\"https://example.org/foto.jpg\"]") == .met)
    }
}
