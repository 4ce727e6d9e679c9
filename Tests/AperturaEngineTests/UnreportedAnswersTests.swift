import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// A rule not reported lists every answer it needs that is missing, not only the one its expression stopped at
/// (CEL stops at the first); a rule whose value is computed despite a missing answer is judged as before.
@Suite struct UnreportedAnswersTests {
    func evaluate(_ answers: String, rules: String? = nil, detail: Evaluator.Detail = .full) throws -> Evaluation {
        let evaluator = try rules.map { try Fixtures.evaluator(rules: $0) } ?? Fixtures.evaluator()
        return try Fixtures.evaluation(answers: answers, by: evaluator, detail: detail)
    }

    /// The mini rule set with `flag` (r_flag's indicator, evidence `a.acta`) reading the items and the flag.
    func rulesReadingItemsAndFlag() throws -> String {
        try Fixtures.miniRules(editingIndicators: "value: a.flag", to: "value: a.items.all(i, i.ok) && a.flag")
    }

    @Test func everyMissingAnswerIsListedInTheFormsOrder() throws {
        // The second item lacks `ok` and `a.flag` is not given: `a.items.all(i, i.ok)` fails on the item (true for
        // the first, missing for the second) and `a.flag` fails too. Form order: flag (1st field) before items
        // (4th), the item named by its index as `validate` names it (the second: [1]). `a.acta`, left out, is only
        // r_flag's evidence: not needed for a value.
        let e = try evaluate("""
              a:
                n: 2
                items:
                  - ok: true
                  - {}
            """, rules: try rulesReadingItemsAndFlag())
        #expect(e.outcomes.first { $0.rule == "r_flag" }?.outcome == .notReported(missing: ["a.flag", "a.items[1].ok"]))
        #expect(e.indicators["flag"] == .notReported(missing: ["a.flag", "a.items[1].ok"]))
    }

    @Test func eachItemLackingAFieldIsNamed() throws {
        // r_share's `share` reads `i.ok` of every item: the first and third lack it, the second has it. CEL stops at
        // the first (`a.items[].ok`); both are named, in item order, and the list path without index is not.
        let e = try evaluate("""
              a:
                n: 3
                items:
                  - {}
                  - ok: true
                  - {}
            """)
        #expect(e.outcomes.first { $0.rule == "r_share" }?.outcome == .notReported(missing: ["a.items[0].ok", "a.items[2].ok"]))
    }

    @Test func aListNotGivenAtAllIsNamedWhole() throws {
        // No `items` at all: there is no item to name, the list itself is what is missing.
        let e = try evaluate("  a:\n    n: 3\n")
        #expect(e.outcomes.first { $0.rule == "r_share" }?.outcome == .notReported(missing: ["a.items"]))
    }

    @Test func anItemFieldOnlyTestedWithHasIsNotNamed() throws {
        // `flag` asks each item whether it has `ok` and reads `a.flag`, which is missing: only `a.flag` keeps it from a
        // value, not the second item's `ok`, which the expression does without.
        let rules = try Fixtures.miniRules(editingIndicators: "value: a.flag", to: "value: a.items.all(i, has(i.ok)) || a.flag")
        let e = try evaluate("  a:\n    n: 2\n    items:\n      - ok: true\n      - {}\n", rules: rules)
        #expect(e.outcomes.first { $0.rule == "r_flag" }?.outcome == .notReported(missing: ["a.flag"]))
    }

    @Test func theBatchGetsTheSameList() throws {
        // `.withoutReads` (the batch) lists the missing answers as the full evaluation does.
        let answers = "  a:\n    n: 2\n    items:\n      - ok: true\n      - {}\n"
        let rules = try rulesReadingItemsAndFlag()
        let full = try evaluate(answers, rules: rules)
        let summary = try evaluate(answers, rules: rules, detail: .withoutReads)
        #expect(summary.outcomes.map(\.outcome) == full.outcomes.map(\.outcome))
    }

    @Test func aValueComputedDespiteAMissingAnswerIsJudged() throws {
        // The first item's `ok` is false, so `all` is false whatever the second holds, and `false && a.flag` is
        // false with the flag missing: not met, not "not reported".
        let e = try evaluate("""
              a:
                n: 2
                items:
                  - ok: false
                  - {}
            """, rules: try rulesReadingItemsAndFlag())
        #expect(e.outcomes.first { $0.rule == "r_flag" }?.outcome.code == "not_met")
    }

    @Test func aFalseCheckConditionIsRecordedOnlyWithFullDetail() throws {
        // r_check is `a.n >= 0 && size(a.items) <= a.n + 10`; with n = 0 and 11 items the second condition fails.
        // It reads `a.items` before `a.n`, so the list (placed at its first item, line 9) comes before `n` (line 7).
        let items = String(repeating: "      - ok: true\n", count: 11)
        let answers = "  a:\n    flag: true\n    n: 0\n    items:\n\(items)"
        let full = try evaluate(answers)
        let check = try #require(full.outcomes.first { $0.rule == "r_check" })
        #expect(check.outcome.code == "not_met")
        let failed = try #require(check.failedCondition)
        #expect(failed.text == "size(a.items) <= a.n + 10")
        #expect(failed.reads.map(\.path) == ["a.items", "a.n"])
        #expect(failed.reads.map { $0.range?.start.line } == [9, 7])
        // The batch does not look for it.
        let summary = try evaluate(answers, detail: .withoutReads)
        #expect(summary.outcomes.first { $0.rule == "r_check" }?.failedCondition == nil)
        // A rule met has none.
        #expect(full.outcomes.first { $0.rule == "r_flag" }?.failedCondition == nil)
    }
}
