import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// A calendar of a single one-day phase still has a span (that day to that day), which the refusal of an as-of
/// date outside it names, as it does for any calendar; and that day itself holds the phase.
@Suite struct OneDayCalendarTests {
    @Test func aOneDayCalendarIsNamedWhenADateFallsOutsideIt() throws {
        let p2 = """
              - phase: p2
                start: 2028-01-01
                end: 2030-12-31
                status: proposed
                rationale: {es: Prueba, en: Test}

            """
        let policy = try Fixtures.miniPolicy(replacing: [(p2, ""), ("    end: 2027-12-31\n", "    end: 2025-01-01\n")])
        let evaluator = try Fixtures.evaluator(policy: policy)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        #expect(try evaluator.evaluate(assessment, asOf: Fixtures.day("2025-01-01")).phase.phase == "p1")
        let day = Fixtures.day("2025-01-01")
        #expect(throws: Evaluator.Failure.noPhase(Fixtures.day("2025-01-02"), calendar: day...day)) {
            try evaluator.evaluate(assessment, asOf: Fixtures.day("2025-01-02"))
        }
    }
}
