import AperturaLoader
import AperturaSource
import Testing

/// Level ids and calendar phases name one thing each, and a calendar has at least one phase: a policy that
/// breaks this cannot say which level or phase applies.
@Suite struct PolicyIdentityTests {
    private func load(_ replacements: [(String, String)]) throws -> (loaded: Bool, diagnostics: [Diagnostic], file: String) {
        let file = try Fixtures.editedMiniPolicy(replacements)
        let (policy, diagnostics) = PolicyLoader.load(file: file)
        return (policy != nil, diagnostics.sorted, file)
    }

    @Test func aRepeatedLevelIdIsAnError() throws {
        // The second level (line 28, the id's value at column 9) takes the first one's id (line 25, column 9).
        let (loaded, diagnostics, file) = try load([("  - id: medio", "  - id: alto")])
        #expect(!loaded)
        #expect(diagnostics.map(\.code) == ["duplicate_id"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: file, line: 28, column: 9))
        #expect(diagnostics.first?.message.en == "duplicate level 'alto' (already defined at \(file):25:9)")
    }

    @Test func aPhaseTwiceInTheCalendarIsAnError() throws {
        // The second calendar entry (line 15, the phase's value at column 12) names p1 again (line 10, column 12);
        // its dates do not overlap the first's.
        let (loaded, diagnostics, file) = try load([("  - phase: p2", "  - phase: p1")])
        #expect(!loaded)
        #expect(diagnostics.map(\.code) == ["duplicate_id"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: file, line: 15, column: 12))
        #expect(diagnostics.first?.message.es == "fase «p1» repetida en el calendario (ya definida en \(file):10:12)")
    }

    @Test func anEmptyCalendarIsAnError() throws {
        let calendar = """
            calendar:
              - phase: p1
                start: 2025-01-01
                end: 2027-12-31
                status: proposed
                rationale: {es: Prueba, en: Test}
              - phase: p2
                start: 2028-01-01
                end: 2030-12-31
                status: proposed
                rationale: {es: Prueba, en: Test}

            """
        // `calendar: []` on line 9: the empty list starts at column 11.
        let (loaded, diagnostics, file) = try load([(calendar, "calendar: []\n")])
        #expect(!loaded)
        #expect(diagnostics.map(\.code) == ["missing_key"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: file, line: 9, column: 11))
        #expect(diagnostics.first?.message.en == "the calendar needs at least one phase")
    }
}

/// A waiver that names no rule waives nothing: an error where it is written, not a silent no-op.
@Suite struct EmptyWaiverTests {
    @Test func aWaiverWithoutRulesIsAnError() throws {
        let file = try Fixtures.temporaryDirectory() + "/p.yaml"
        // The waiver's list of rules, `[]`, is on line 35, column 12.
        try Fixtures.write(try String(contentsOfFile: Fixtures.path("Tests/Fixtures/mini/policy.yaml"), encoding: .utf8) + """
            waivers:
              - institution: SO-1
                rules: []
                until: 2026-06-30
                reason: {es: Prueba, en: Test}

            """, to: file)
        let (policy, diagnostics) = PolicyLoader.load(file: file)
        #expect(policy == nil)
        #expect(diagnostics.sorted.map(\.code) == ["missing_key"])
        #expect(diagnostics.sorted.first?.range?.start == SourceLocation(file: file, line: 35, column: 12))
        #expect(diagnostics.sorted.first?.message.en == "the waiver names no rule")
    }
}
