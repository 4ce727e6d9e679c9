import AperturaLoader
import AperturaSource
import Foundation
import Testing

/// A wrong id in a rule file is reported at the value that names it (line:column of the id), not at the
/// start of the rule or goal around it, so that an editor jumps to what must be changed.
@Suite struct RuleReferencePositionTests {
    func errors(_ file: String, _ edit: (String) -> String) throws -> [String] {
        let original = (try? String(contentsOfFile: Fixtures.path("Tests/Fixtures/mini/rules/\(file)"), encoding: .utf8)) ?? ""
        let dir = try Fixtures.miniRules(replacing: file, with: edit(original))
        return RuleSetLoader.load(directory: dir).1.items.filter(\.isError).map { d in
            "\(d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \(d.code)"
        }
    }

    @Test func unknownIndicatorOfARule() throws {
        // Line 4: `    indicator: flagg`; the id starts at column 16.
        #expect(try errors("rules.yaml") { $0.replacingOccurrences(of: "    indicator: flag\n", with: "    indicator: flagg\n") }
            == ["4:16 unknown_reference"])
    }

    @Test func unknownPhaseOfAGoalAndOfACheckRule() throws {
        // Line 8: `      - phase: p3` (the id at column 16).
        #expect(try errors("rules.yaml") { $0.replacingOccurrences(of: "      - phase: p1\n        target: true", with: "      - phase: p3\n        target: true") }
            == ["8:16 unknown_reference"])
        // Line 60 gains `phases: [p1, p9]` after the check: p9 at column 18 of line 61.
        #expect(try errors("rules.yaml") { $0.replacingOccurrences(of: "+ 10\n", with: "+ 10\n    phases: [p1, p9]\n") }
            == ["61:18 unknown_reference"])
    }

    @Test func targetOfTheWrongType() throws {
        // Line 9: `        target: true` becomes a number (column 17) for a boolean indicator.
        #expect(try errors("rules.yaml") { $0.replacingOccurrences(of: "        target: true\n", with: "        target: 0.5\n") }
            == ["9:17 type_mismatch"])
    }

    @Test func unknownObjectiveOfARuleAndOfAnIndicator() throws {
        // Line 58: `    objective: o2` (column 16) of the check rule.
        #expect(try errors("rules.yaml") { $0.replacingOccurrences(of: "    objective: o2\n", with: "    objective: o3\n") }
            == ["58:16 unknown_reference"])
        // The objectives of the indicators flag and share (lines 4 and 12, column 16); the rules r_flag,
        // r_share and r_p2only take their objective from them and are not reported a second time.
        #expect(try errors("indicators.yaml") { $0.replacingOccurrences(of: "    objective: o1\n", with: "    objective: o9\n") }
            == ["4:16 unknown_reference", "12:16 unknown_reference"])
    }

    @Test func unknownRuleOfAPopulationGoal() throws {
        let population = """
            kind: population_goals
            population_goals:
              - id: pg
                name: {es: Meta, en: Goal}
                aggregate: share_met
                rule: r_flagg
                goals:
                  - {phase: p1, target: 0.5, status: proposed, rationale: {es: Prueba, en: Test}}
                source: {ref: s1, section: "Uno"}

            """
        // Line 6: `    rule: r_flagg`, the id at column 11.
        #expect(try errors("population.yaml") { _ in population } == ["6:11 unknown_reference"])
    }
}
