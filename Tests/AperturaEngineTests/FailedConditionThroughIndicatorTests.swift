@testable import AperturaEngine
import AperturaModel
@testable import AperturaReports
import Foundation
import Testing

/// A condition of an `&&` chain that reads only another yes/no indicator is not met where that indicator is not:
/// the gap goes to the answer of the indicator's own first false condition, never to the answer of a condition
/// of the rule that holds.
@Suite struct FailedConditionThroughIndicatorTests {
    /// r_chain checks `indicators.flag && size(a.items) >= 1`; `flag` is `flagValue`.
    func evaluate(flag flagValue: String, check: String = "indicators.flag && size(a.items) >= 1", answers: String) throws -> RuleOutcome {
        let dir = try Fixtures.miniRules(editingIndicators: "value: a.flag", to: "value: \(flagValue)")
        let rules = try String(contentsOfFile: "\(dir)/rules.yaml", encoding: .utf8) + """
              - id: r_chain
                objective: o2
                name: {es: Cadena, en: Chain}
                check: "\(check)"
                remediation: {es: Corrija, en: Fix it}
                source: {ref: s1, section: "Dos"}

            """
        try Fixtures.write(rules, to: "\(dir)/rules.yaml")
        let evaluation = try Fixtures.evaluation(answers: answers, by: Fixtures.evaluator(rules: dir))
        return try #require(evaluation.outcomes.first { $0.rule == "r_chain" })
    }

    // Lines 5 to 9 of the self-assessment: `a:`, `flag: true` (value at column 11: four spaces and `flag: `),
    // `n: 0` (column 8), `items:`, `- ok: true`.
    static let answers = "  a:\n    flag: true\n    n: 0\n    items:\n      - ok: true\n"

    @Test func aFalseIndicatorChainIsFollowedToItsFalseCondition() throws {
        // flag = `a.flag && a.n >= 1` is false through `a.n >= 1` (n = 0); the rule's `size(a.items) >= 1` holds.
        let outcome = try evaluate(flag: "a.flag && a.n >= 1", answers: Self.answers)
        #expect(outcome.outcome.code == "not_met")
        let failed = try #require(outcome.failedCondition)
        #expect(failed.text == "a.n >= 1")
        #expect(failed.through == ["indicators.flag"])
        #expect(failed.reads.map(\.path) == ["a.n"])
        let place = try #require(ReportBuilder.gapRange(outcome))
        #expect((place.start.line, place.start.column) == (7, 8))
    }

    @Test func anIndicatorThatIsNoChainGivesItsOwnAnswer() throws {
        // flag = `a.flag`, false: nothing to follow; the condition stays `indicators.flag`, at flag's answer (6:11),
        // not at `a.items`, which the condition that holds reads.
        let outcome = try evaluate(flag: "a.flag", answers: Self.answers.replacingOccurrences(of: "flag: true", with: "flag: false"))
        let failed = try #require(outcome.failedCondition)
        #expect(failed.text == "indicators.flag")
        #expect(failed.through == [])
        #expect(failed.reads.map(\.path) == ["a.flag"])
        let place = try #require(ReportBuilder.gapRange(outcome))
        #expect((place.start.line, place.start.column) == (6, 11))
    }

    @Test func aNegatedOrIsSplitLikeTheChainItEquals() throws {
        // `!(size(a.items) == 0 || a.n == 0)` is `!(size(a.items) == 0) && !(a.n == 0)`: one item, so the first holds;
        // n = 0, so the second fails, at n's answer (7:8), not at `a.items` (line 8), the first answer the rule reads.
        let outcome = try evaluate(flag: "a.flag", check: "!(size(a.items) == 0 || a.n == 0)", answers: Self.answers)
        #expect(outcome.outcome.code == "not_met")
        let failed = try #require(outcome.failedCondition)
        #expect(failed.text == "!(a.n == 0)")
        #expect(failed.reads.map(\.path) == ["a.n"])
        let place = try #require(ReportBuilder.gapRange(outcome))
        #expect((place.start.line, place.start.column) == (7, 8))
    }

    @Test func aConditionReadingNoAnswerIsPlacedNowhere() throws {
        // `institution.population > 1000000` (100000) reads no answer and no indicator: no place, rather than
        // `a.items`, the answer of the condition that holds.
        let outcome = try evaluate(flag: "a.flag", check: "institution.population > 1000000 && size(a.items) >= 1", answers: Self.answers)
        #expect(outcome.outcome.code == "not_met")
        #expect(outcome.failedCondition?.text == "institution.population > 1000000")
        #expect(outcome.failedCondition?.reads == [])
        #expect(ReportBuilder.gapRange(outcome) == nil)
    }
}
