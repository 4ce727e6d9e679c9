import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// The next phase is the one that starts next after the current one (REPORT.md: `next_phase`, "absent in the last
/// phase"), not merely a later one: Policies/pai-inicio.yaml dates inicio 2025-01-01 to 2027-12-31, consolidacion
/// 2028-01-01 to 2030-12-31 and madurez 2031-01-01 to 2035-12-31.
@Suite struct NextPhaseTests {
    func phases(asOf: String) throws -> (current: String, next: String?) {
        let evaluator = try Fixtures.evaluator(rules: Fixtures.path("Rules/pai"), policy: Fixtures.path("Policies/pai-inicio.yaml"))
        let assessment = try Fixtures.assessment(Fixtures.path("Examples/municipio-zapopan.yaml"), ruleSet: evaluator.compiled.ruleSet)
        let e = try evaluator.evaluate(assessment, asOf: Fixtures.day(asOf))
        return (e.phase.phase.rawValue, e.nextPhase?.phase.rawValue)
    }

    @Test func theNextPhaseIsTheOneThatFollows() throws {
        #expect(try phases(asOf: "2026-06-30") == ("inicio", "consolidacion"))
        #expect(try phases(asOf: "2029-06-30") == ("consolidacion", "madurez"))
        #expect(try phases(asOf: "2033-06-30") == ("madurez", nil))
    }
}
