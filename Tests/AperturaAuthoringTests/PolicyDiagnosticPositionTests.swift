import AperturaAuthoring
import AperturaSource
import Testing

/// Every diagnostic a policy can produce lands at the value it concerns, not at the start of the policy or
/// of the entry that holds the value. Positions worked out by hand on the mini policy (32 lines).
@Suite struct PolicyDiagnosticPositionTests {
    /// The start of each diagnostic with `code` that linting the edited mini policy with the mini rules gives.
    private func places(_ code: String, _ replacements: [(String, String)], appending tail: String = "") throws -> ([AperturaSource.SourceLocation?], String) {
        let file = try Fixtures.editedMiniPolicy(replacements, appending: tail)
        let result = Fixtures.lintWithMiniRules(file)
        return (result.diagnostics.filter { $0.code == code }.map(\.range?.start), file)
    }

    private func expect(_ code: String, _ replacements: [(String, String)], appending tail: String = "", at expected: [(line: Int, column: Int)],
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let (found, file) = try places(code, replacements, appending: tail)
        #expect(found == expected.map { AperturaSource.SourceLocation(file: file, line: $0.line, column: $0.column) }, sourceLocation: sourceLocation)
    }

    @Test func incompleteWeightsAreReportedAtTheWeightsMapping() throws {
        // `objective_weights:` on line 24; its mapping (`o1: 1`) starts on line 25, column 5. o2 has rules and no weight.
        try expect("weights_incomplete", [("levels:\n", "  objective_weights:\n    o1: 1\nlevels:\n")], at: [(25, 5)])
    }

    @Test func anUnscheduledPhaseIsReportedAtTheCalendar() throws {
        // Without p2's entry, the calendar's list starts on line 10 at its first `-`, column 3.
        let p2 = "  - phase: p2\n    start: 2028-01-01\n    end: 2030-12-31\n    status: proposed\n    rationale: {es: Prueba, en: Test}\n"
        try expect("phase_not_scheduled", [(p2, "")], at: [(10, 3)])
    }

    @Test func missingTranslationsAreReportedAtTheirTexts() throws {
        // name (line 4, column 7), authority (6, 12), rationale (8, 12), the first phase's rationale (14, 16),
        // scoring.formula (23, 12), the level alto's name (26, 11), the waiver's reason (37, 13).
        try expect("missing_translation", [
            ("name: {es: Política mínima, en: Minimal policy}", "name: Política mínima"),
            ("authority: {es: Autoridad de prueba, en: Test authority}", "authority: Autoridad de prueba"),
            ("rationale: {es: Sólo para pruebas, en: Tests only}", "rationale: Sólo para pruebas"),
            ("    rationale: {es: Prueba, en: Test}", "    rationale: Prueba"),
            ("formula: {es: \"S = Σ W_o s_o / Σ W_o\", en: \"S = Σ W_o s_o / Σ W_o\"}", "formula: \"S = Σ W_o s_o / Σ W_o\""),
            ("name: {es: Alto, en: High}", "name: Alto"),
        ], appending: """
            waivers:
              - institution: SO-1
                rules: [r_share]
                until: 2026-06-30
                reason: Prueba

            """, at: [(4, 7), (6, 12), (8, 12), (14, 16), (23, 12), (26, 11), (37, 13)])
    }

    @Test func aThresholdOnTheLastLevelIsReportedAtTheThreshold() throws {
        // `    at_least: 0.1` appended as line 33, the value at column 15.
        try expect("invalid_value", [], appending: "    at_least: 0.1\n", at: [(33, 15)])
    }

    @Test func thresholdsOutOfOrderAreReportedAtTheThreshold() throws {
        // medio's `at_least: 0.9` on line 30, the value at column 15.
        try expect("invalid_value", [("at_least: 0.5", "at_least: 0.9")], at: [(30, 15)])
    }

    @Test func aLevelWithBothThresholdsIsReportedAtTheSecond() throws {
        // medio: `above: 0.5` on line 30, then `at_least: 0.5` on line 31, the value at column 15.
        try expect("invalid_value", [("    at_least: 0.5\n", "    above: 0.5\n    at_least: 0.5\n")], at: [(31, 15)])
    }

    @Test func noLevelsIsReportedAtTheEmptyList() throws {
        // `levels: []` on line 24, the list at column 9.
        let levels = "levels:\n  - id: alto\n    name: {es: Alto, en: High}\n    above: 0.8\n  - id: medio\n    name: {es: Medio, en: Medium}\n    at_least: 0.5\n  - id: bajo\n    name: {es: Bajo, en: Low}\n"
        try expect("missing_key", [(levels, "levels: []\n")], at: [(24, 9)])
    }

    @Test func aRepeatedLevelIdIsReportedAtTheId() throws {
        // `  - id: alto` again on line 28, the value at column 9.
        try expect("duplicate_id", [("  - id: medio", "  - id: alto")], at: [(28, 9)])
    }

    @Test func aRepeatedPhaseIsReportedAtThePhase() throws {
        // `  - phase: p1` again on line 15, the value at column 12.
        try expect("duplicate_id", [("  - phase: p2", "  - phase: p1")], at: [(15, 12)])
    }

    @Test func aPhaseThatEndsBeforeItStartsIsReportedAtItsEnd() throws {
        // p2's `    end: 2027-12-31` on line 17, the value at column 10.
        try expect("invalid_value", [("end: 2030-12-31", "end: 2027-12-31")], at: [(17, 10)])
    }

    @Test func overlappingPhasesAreReportedAtTheLaterStart() throws {
        // p2's `    start: 2027-06-01` on line 16, the value at column 12.
        try expect("invalid_value", [("start: 2028-01-01", "start: 2027-06-01")], at: [(16, 12)])
    }

    @Test func aCalendarGapIsReportedAtTheLaterStart() throws {
        try expect("calendar_gap", [("start: 2028-01-01", "start: 2029-01-01")], at: [(16, 12)])
    }

    @Test func anIndicatorOnWeightedRulesIsReportedAtTheIndicator() throws {
        // `  indicator: share` inserted as line 22, the value at column 14.
        try expect("invalid_value", [("  credit: binary\n", "  indicator: share\n  credit: binary\n")], at: [(22, 14)])
    }

    @Test func theIndicatorModelWithoutIndicatorIsReportedAtTheModel() throws {
        // `  model: indicator` on line 21, the value at column 10.
        try expect("missing_key", [("model: weighted_rules", "model: indicator")], at: [(21, 10)])
    }
}
