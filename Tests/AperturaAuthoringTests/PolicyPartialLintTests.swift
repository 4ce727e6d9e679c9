import AperturaAuthoring
import AperturaSource
import Testing

/// An error in one part of a policy does not hide the problems of the others: lint checks what could be
/// read. Only the checks over a part with errors are skipped, since they would echo those errors.
/// Positions worked out by hand on the mini policy (32 lines) with the waiver below appended.
@Suite struct PolicyPartialLintTests {
    /// Lines 33-37: the waiver's misspelt rule `r_shar` is at 35:13, its Spanish-only reason at 37:13.
    private let waiver = """
        waivers:
          - institution: SO-1
            rules: [r_shar]
            until: 2026-06-30
            reason: Prueba

        """

    private func lint(_ replacements: [(String, String)]) throws -> (found: [(String, Int, Int)], file: String) {
        let file = try Fixtures.editedMiniPolicy(replacements, appending: waiver)
        let diagnostics = Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.range?.start.file == file }
        return (diagnostics.map { ($0.code, $0.range?.start.line ?? 0, $0.range?.start.column ?? 0) }, file)
    }

    @Test func aPhaseListedTwiceDoesNotHideTheOtherProblems() throws {
        // The second entry (line 15, value at column 12) names p1 again. p2 is then unscheduled, but the
        // calendar has an error: that is not said again as phase_not_scheduled.
        let (found, _) = try lint([("  - phase: p2", "  - phase: p1")])
        #expect(found.map(\.0) == ["duplicate_id", "unknown_reference", "missing_translation"])
        #expect(found.map { [$0.1, $0.2] } == [[15, 12], [35, 13], [37, 13]])
    }

    @Test func aDateThatIsNoDayDoesNotHideTheOtherProblemsNorLeaveAGap() throws {
        // p2's start (line 16, column 12) is month 13: its entry is dropped, and the gap or the unscheduled
        // phase that this leaves are the same error, not new ones.
        let (found, _) = try lint([("start: 2028-01-01", "start: 2028-13-01")])
        #expect(found.map(\.0) == ["invalid_value", "unknown_reference", "missing_translation"])
        #expect(found.map { [$0.1, $0.2] } == [[16, 12], [35, 13], [37, 13]])
    }

    @Test func aLevelWithBothThresholdsDoesNotHideTheOtherProblems() throws {
        // medio (lines 28-30) gets `above: 0.4` after its `at_least: 0.5`: the second one, line 31, column 12,
        // is the error. The waiver moves down a line. No level is then judged unreachable.
        let (found, _) = try lint([("    at_least: 0.5\n", "    at_least: 0.5\n    above: 0.4\n")])
        #expect(found.map(\.0) == ["invalid_value", "unknown_reference", "missing_translation"])
        #expect(found.map { [$0.1, $0.2] } == [[31, 12], [36, 13], [38, 13]])
    }

    @Test func aMisspeltScoringModelDoesNotHideTheOtherProblems() throws {
        // `model: weighted_rulez` on line 21, value at column 10.
        let (found, _) = try lint([("model: weighted_rules", "model: weighted_rulez")])
        #expect(found.map(\.0) == ["invalid_value", "unknown_reference", "missing_translation"])
        #expect(found.map { [$0.1, $0.2] } == [[21, 10], [35, 13], [37, 13]])
    }
}
