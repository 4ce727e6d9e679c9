import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// `Evaluator.calendarFindings(in:phase:).missingEvidence`: the rules that some day of the policy's calendar would judge "missing
/// evidence", which are the ones `validate` warns of an empty evidence field for. In the mini rule set
/// (Tests/Fixtures/mini) only r_flag asks for evidence (`a.acta`), with a goal `true` in phase p1 only.
@Suite struct CalendarFindingsTests {
    func rules(flag: Bool, acta: String) throws -> Set<RuleID> {
        let evaluator = try Fixtures.evaluator()
        let text = """
            apertura: 1
            rule_set: mini
            institution: {id: M-3, name: Municipio, kind: municipio, order: municipal, state: jalisco, population: 100000}
            answers:
              a:
                flag: \(flag)
                acta: \(acta)
                n: 3
                items: []
              b:
                r: 0.7

            """
        let file = try Fixtures.temporaryDirectory() + "/evidence.yaml"
        try Fixtures.write(text, to: file)
        return evaluator.calendarFindings(in: try Fixtures.assessment(file, ruleSet: evaluator.compiled.ruleSet), phase: "p1").missingEvidence
    }

    @Test func aRuleWhoseAnswerReachesItsGoalWithoutEvidence() throws {
        #expect(try rules(flag: true, acta: "[]") == ["r_flag"])
    }

    /// flag false misses the goal of p1 and p2 has none: evidence could never count.
    @Test func noneWhenTheAnswerReachesNoGoal() throws {
        #expect(try rules(flag: false, acta: "[]") == [])
    }

    @Test func noneWhenTheEvidenceIsThere() throws {
        #expect(try rules(flag: true, acta: "[\"https://example.org/acta.pdf\"]") == [])
    }
}
