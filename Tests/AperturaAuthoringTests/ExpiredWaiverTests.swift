import AperturaAuthoring
import AperturaSource
import Testing

/// A waiver holds up to its `until` date, and only dates in the calendar can be evaluated: one that ends
/// before the first phase starts never takes effect. A warning at its date.
@Suite struct ExpiredWaiverTests {
    /// The mini policy (32 lines; its first phase starts 2025-01-01) with one waiver appended:
    /// `waivers:` on line 33, `until:` on line 36 with its value at column 12.
    private func lint(until: String) throws -> (found: [Diagnostic], file: String) {
        let file = try Fixtures.editedMiniPolicy([], appending: """
            waivers:
              - institution: M-1
                rules: [r_flag]
                until: \(until)
                reason: {es: Prueba, en: Test}

            """)
        let result = Fixtures.lintWithMiniRules(file)
        return (result.diagnostics.filter { $0.code == "waiver_before_calendar" }, file)
    }

    @Test func aWaiverEndingBeforeTheFirstPhaseIsAWarning() throws {
        let (found, file) = try lint(until: "2024-12-31")
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.range?.start == SourceLocation(file: file, line: 36, column: 12))
        #expect(found.first?.message.en == "the waiver for 'M-1' ends on 2024-12-31, before the calendar's first phase starts (2025-01-01): it never takes effect")
    }

    @Test func aWaiverEndingOnTheFirstDayTakesEffectThatDay() throws {
        #expect(try lint(until: "2025-01-01").found.isEmpty)
    }

    @Test func theCodeIsInTheGuidesTable() {
        #expect(LintCatalog.entries.contains { $0.code == "waiver_before_calendar" && $0.severity == "advertencia" })
    }
}
