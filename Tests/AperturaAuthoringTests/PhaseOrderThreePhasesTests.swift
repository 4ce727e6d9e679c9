import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `phase_order` compares each phase with every phase the rule set lists before it, not only with the one
/// just before: with p1 dated last, p2 and p3 both start before it, and both are reported.
@Suite struct PhaseOrderThreePhasesTests {
    @Test func everyPhaseDatedBeforeAnEarlierOneIsReported() throws {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/ruleset.yaml", [
            ("  - id: p2\n    name: {es: Fase 2, en: Phase 2}\n", "  - id: p2\n    name: {es: Fase 2, en: Phase 2}\n  - id: p3\n    name: {es: Fase 3, en: Phase 3}\n"),
        ]), to: rules + "/ruleset.yaml")
        // p1 (lines 10-14) in 2030; p2 (lines 15-19, start on line 16) in 2025-2027; p3 (lines 20-24, start on line 21)
        // in 2028-2029. The calendar has no gap and no overlap; each start value is at column 12.
        func entry(_ phase: String, _ start: String, _ end: String) -> String {
            "  - phase: \(phase)\n    start: \(start)\n    end: \(end)\n    status: proposed\n    rationale: {es: Prueba, en: Test}\n"
        }
        let policy = try Fixtures.editedMiniPolicy([
            (entry("p1", "2025-01-01", "2027-12-31") + entry("p2", "2028-01-01", "2030-12-31"),
             entry("p1", "2030-01-01", "2030-12-31") + entry("p2", "2025-01-01", "2027-12-31") + entry("p3", "2028-01-01", "2029-12-31")),
        ])
        let found = Linter.lint(paths: [rules, policy]).diagnostics.filter { $0.range?.start.file == policy }
        #expect(found.map(\.code) == ["phase_order", "phase_order"])
        #expect(found.map(\.range?.start) == [SourceLocation(file: policy, line: 16, column: 12), SourceLocation(file: policy, line: 21, column: 12)])
        #expect(found.map(\.message.en) == [
            "phase 'p2' starts on 2025-01-01, before 'p1' (2030-01-01), which the rule set lists first: its goals would apply in another order",
            "phase 'p3' starts on 2028-01-01, before 'p1' (2030-01-01), which the rule set lists first: its goals would apply in another order",
        ])
    }
}
