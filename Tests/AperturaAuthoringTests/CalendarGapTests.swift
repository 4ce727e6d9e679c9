import AperturaAuthoring
import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// Days between two phases of a policy's calendar fall in no phase: no self-assessment can be evaluated on
/// them, although they lie inside the span the policy publishes. An error of the policy.
@Suite struct CalendarGapTests {
    /// The mini policy (p1 2025-01-01 to 2027-12-31 on lines 10-14; p2 from line 15, its `start:` value on
    /// line 16 at column 12),
    /// edited, linted with the mini rule set.
    private func lint(_ replacements: [(String, String)]) throws -> (found: [Diagnostic], fails: Bool, file: String) {
        let file = try Fixtures.editedMiniPolicy(replacements)
        let result = Fixtures.lintWithMiniRules(file)
        return (result.diagnostics.filter { $0.code == "calendar_gap" }, result.fails(strict: false), file)
    }

    @Test func aYearBetweenTwoPhasesIsAnError() throws {
        let (found, fails, file) = try lint([("start: 2028-01-01", "start: 2029-01-01")])
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.range?.start == SourceLocation(file: file, line: 16, column: 12))
        #expect(found.first?.message.en == "no phase covers 2028-01-01 to 2028-12-31, between phases 'p1' (ends 2027-12-31) and 'p2' (starts 2029-01-01): no as-of date in it can be evaluated")
        #expect(fails)
        // What the gap means: evaluating on a date inside it fails.
        let (evaluator, _) = Workspace.load(rules: Fixtures.path("Tests/Fixtures/mini/rules"), policy: file)
        #expect(evaluator?.policy.phase(on: Day(year: 2028, month: 6, day: 1)!) == nil)
    }

    @Test func oneDayMissingIsAGap() throws {
        let (found, _, _) = try lint([("start: 2028-01-01", "start: 2028-01-02")])
        #expect(found.first?.message.en?.hasPrefix("no phase covers 2028-01-01 to 2028-01-01,") == true)
    }

    @Test func phasesThatFollowEachOtherLeaveNoGap() throws {
        #expect(try lint([]).found.isEmpty)
    }

    @Test func theOrderOfTheEntriesDoesNotMatter() throws {
        // p2 listed first (lines 10-14), with the gap: still found, at p2's start (now line 11, column 12).
        let p1 = "  - phase: p1\n    start: 2025-01-01\n    end: 2027-12-31\n    status: proposed\n    rationale: {es: Prueba, en: Test}\n"
        let (found, _, file) = try lint([(p1, ""), ("start: 2028-01-01", "start: 2029-01-01"), ("scoring:\n", p1 + "scoring:\n")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 11, column: 12)])
    }

    @Test func theCodeIsInTheGuidesTable() {
        #expect(LintCatalog.entries.contains { $0.code == "calendar_gap" && $0.severity == "error" })
    }
}
