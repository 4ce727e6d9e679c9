import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// A check that does not hold is a gap of 1 (Gap: "1 for a boolean or check"), false against true, due by the end
/// of the current phase (REPORT.md: `deadline`, "end of the current phase"); a check sets no goal for the next
/// phase, so the gap names neither a next goal nor a next deadline.
@Suite struct CheckGapTests {
    @Test func aFailedCheckIsShortByOneByTheEndOfThePhase() throws {
        let evaluator = try Fixtures.evaluator()
        // r_check: a.n >= 0 && size(a.items) <= a.n + 10. With n = 0 and 11 items, 11 <= 10 fails.
        let items = String(repeating: "      - ok: true\n", count: 11)
        let text = """
            apertura: 1
            rule_set: mini
            institution: {id: M-2, name: Municipio, kind: municipio, order: municipal, state: jalisco, population: 100000}
            answers:
              a:
                flag: true
                acta: ["https://example.org/acta.pdf"]
                n: 0
                items:
            \(items)  b:
                r: 0.7

            """
        let file = try Fixtures.temporaryDirectory() + "/check.yaml"
        try Fixtures.write(text, to: file)
        let assessment = try Fixtures.assessment(file, ruleSet: evaluator.compiled.ruleSet)
        // 2026-06-30 falls in p1, which ends on 2027-12-31; p2 (to 2030-12-31) follows.
        let e = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        let gap = try #require(e.outcomes.first { $0.rule == "r_check" }?.outcome.gap)
        #expect(gap.actual == .bool(false))
        #expect(gap.target == .bool(true))
        #expect(gap.distance == 1)
        #expect(gap.deadline == Fixtures.day("2027-12-31"))
        #expect(gap.nextGoal == nil)
        #expect(gap.nextDeadline == nil)
    }
}
