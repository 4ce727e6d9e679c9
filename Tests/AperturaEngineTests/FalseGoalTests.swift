import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// A boolean indicator is judged by equality with its goal, which may be false ("target: false si lo deseable es
/// false"): false then meets it, and true falls short by 1.
@Suite struct FalseGoalTests {
    /// The mini rule set with r_flag's p1 goal set to false, evaluating `file` in p1.
    func flagOutcome(_ file: String) throws -> Outcome? {
        let rules = try String(contentsOfFile: "\(Fixtures.mini)/rules/rules.yaml", encoding: .utf8)
        let falseGoal = rules.replacingOccurrences(of: "        target: true\n", with: "        target: false\n")
        #expect(falseGoal != rules)
        let evaluator = try Fixtures.evaluator(rules: try Fixtures.miniRules(replacing: "rules.yaml", with: falseGoal))
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/\(file)", ruleSet: evaluator.compiled.ruleSet)
        return try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30")).outcomes.first { $0.rule == "r_flag" }?.outcome
    }

    @Test func falseMeetsAFalseGoal() throws {
        // P-1 answers flag: false, with its minutes given as evidence.
        #expect(try flagOutcome("partido.yaml") == .met)
    }

    @Test func trueFallsShortOfAFalseGoal() throws {
        // M-1 answers flag: true.
        let gap = try #require(try flagOutcome("municipio.yaml")?.gap)
        #expect(gap.actual == .bool(true))
        #expect(gap.target == .bool(false))
        #expect(gap.distance == 1)
    }
}
