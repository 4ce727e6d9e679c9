@testable import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// An indicator's `valid_when`: a yes/no condition over the same answers that must hold for its value to mean
/// anything. False, the indicator is an error (its rules are never met, never credited), naming the condition that
/// fails; reading a missing answer, it is not reported, as its value would be.
@Suite struct ValidWhenTests {
    /// The mini rule set with `condition` as the `share` indicator's `valid_when` (written at line 20, column 17:
    /// after `value`, four spaces and "valid_when: "), and what `key` names it.
    func evaluator(_ condition: String, key: String = "valid_when") throws -> (Evaluator?, [Diagnostic]) {
        let rules = try Fixtures.miniRules(
            editingIndicators: "double(size(a.items))\n    source: {ref: s1, section: \"Uno\"}\n",
            to: "double(size(a.items))\n    \(key): \(condition)\n    source: {ref: s1, section: \"Uno\"}\n")
        return Workspace.load(rules: rules, policy: "\(Fixtures.mini)/policy.yaml")
    }

    /// Two items, one of them ok: `share` is 1 / 2 = 0.5, which meets r_share's goal of 0.5 in phase p1 (2026-06-30).
    func answers(n: Int?) -> String {
        "  a:\n" + (n.map { "    n: \($0)\n" } ?? "") + "    items: [{ok: true}, {ok: false}]\n"
    }

    func share(_ evaluation: Evaluation) -> (indicator: IndicatorResult?, rule: Outcome?) {
        (evaluation.indicators[IndicatorID("share")], evaluation.outcomes.first { $0.rule == RuleID("r_share") }?.outcome)
    }

    @Test func whenItHoldsTheValueStands() throws {
        let evaluator = try #require(try evaluator("size(a.items) <= a.n").0)
        // 2 items of 2 counted: coherent.
        let (indicator, rule) = share(try Fixtures.evaluation(answers: answers(n: 2), by: evaluator))
        #expect(indicator == .value(.number(0.5)))
        #expect(rule == .met)
    }

    @Test func whenItFailsTheIndicatorIsAnErrorAndTheRuleEarnsNothing() throws {
        let evaluator = try #require(try evaluator("size(a.items) <= a.n").0)
        // 2 items listed of 1 counted: contradictory, though 0.5 would meet the goal.
        let evaluation = try Fixtures.evaluation(answers: answers(n: 1), by: evaluator)
        let (indicator, rule) = share(evaluation)
        let message = LocalizedText(es: "las respuestas de las que se calcula se contradicen: no se cumple size(a.items) <= a.n",
                                    en: "the answers it is computed from contradict one another: size(a.items) <= a.n does not hold")
        #expect(indicator == .error(message))
        #expect(rule?.code == "error")
        #expect(evaluation.outcomes.first { $0.rule == RuleID("r_share") }?.credit == 0)
    }

    @Test func theConditionNamedIsTheFirstOfTheChainThatFails() throws {
        let evaluator = try #require(try evaluator("a.n >= 0 && size(a.items) <= a.n && a.n < 100").0)
        // n = 1: `a.n >= 0` holds, `size(a.items) <= a.n` (2 <= 1) does not; `a.n < 100` holds and is not named.
        let (indicator, _) = share(try Fixtures.evaluation(answers: answers(n: 1), by: evaluator))
        guard case .error(let message)? = indicator else { Issue.record("\(String(describing: indicator))"); return }
        #expect(message.es.hasSuffix("no se cumple size(a.items) <= a.n"))
    }

    @Test func aMissingAnswerItReadsLeavesTheIndicatorNotReported() throws {
        let evaluator = try #require(try evaluator("size(a.items) <= a.n").0)
        // The value (1 / 2) does not read a.n; the condition does, and it is missing.
        let (indicator, rule) = share(try Fixtures.evaluation(answers: answers(n: nil), by: evaluator))
        #expect(indicator == .notReported(missing: ["a.n"]))
        #expect(rule == .notReported(missing: ["a.n"]))
    }

    @Test func itMustBeYesOrNoAtItsPlace() throws {
        let (evaluator, diagnostics) = try evaluator("a.n")
        #expect(evaluator == nil)
        let mismatch = try #require(diagnostics.first { $0.code == "expr_type_mismatch" })
        #expect(mismatch.range?.start.line == 20)
        #expect(mismatch.range?.start.column == 17)
        #expect(mismatch.range?.start.file.hasSuffix("indicators.yaml") == true)
    }

    @Test func aMisspeltKeyIsUnknownAndTheRightOneSuggested() throws {
        let (_, diagnostics) = try evaluator("size(a.items) <= a.n", key: "valid_wen")
        let unknown = try #require(diagnostics.first { $0.code == "unknown_key" })
        #expect(unknown.range?.start.line == 20)
        #expect(unknown.help == LocalizedText(es: "¿quiso decir «valid_when»?", en: "did you mean 'valid_when'?"))
    }
}
