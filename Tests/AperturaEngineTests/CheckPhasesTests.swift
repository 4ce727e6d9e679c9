import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// A check rule with `phases:` is judged only in those phases (FORMAT.md: "phases: optional: default every
/// phase"); in any other it does not apply, as a goal rule with no goal in the phase.
@Suite struct CheckPhasesTests {
    func evaluateMunicipio(asOf: String) throws -> Evaluation {
        let rules = try String(contentsOfFile: "\(Fixtures.mini)/rules/rules.yaml", encoding: .utf8) + """
              - id: r_check_p2
                objective: o2
                name: {es: Sólo en fase 2, en: Phase 2 only}
                check: a.n >= 0
                phases: [p2]
                remediation: {es: Corrija, en: Fix it}
                source: {ref: s1, section: "Dos"}

            """
        let evaluator = try Fixtures.evaluator(rules: try Fixtures.miniRules(replacing: "rules.yaml", with: rules))
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day(asOf))
    }

    @Test func aCheckOutsideItsPhasesDoesNotApply() throws {
        // 2026-06-30 falls in p1 (2025-01-01 to 2027-12-31); the check is for p2 only.
        let p1 = try evaluateMunicipio(asOf: "2026-06-30")
        #expect(p1.outcomes.first(where: { $0.rule == "r_check_p2" })?.outcome == .notApplicable(.noGoalInPhase("p1")))
        // 2029-03-01 falls in p2: a.n = 3 >= 0 holds.
        let p2 = try evaluateMunicipio(asOf: "2029-03-01")
        #expect(p2.outcomes.first(where: { $0.rule == "r_check_p2" })?.outcome == .met)
    }
}
