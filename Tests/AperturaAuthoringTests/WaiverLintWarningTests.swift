import AperturaAuthoring
import AperturaSource
import Testing

/// Two waivers of one rule for one institution (`repeated_waiver`, at the rule in the second, naming the first's
/// line) and a waiver that runs past the calendar's end (`waiver_after_calendar`, at its date): warnings, as neither
/// stops an evaluation, but both are most likely slips. Lint used to say nothing of them.
@Suite struct WaiverLintWarningTests {
    /// The mini policy (32 lines; its calendar ends 2030-12-31) with `waivers` appended from line 33.
    func lint(_ waivers: String) throws -> [Diagnostic] {
        let file = try Fixtures.editedMiniPolicy([], appending: "waivers:\n" + waivers)
        return Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "repeated_waiver" || $0.code == "waiver_after_calendar" }
    }

    /// Waivers at lines 34 and 38; the second's `rules: [r_share, r_flag]` is line 39, `r_flag` after
    /// `    rules: [r_share, ` (4 + 8 + 9 = 21 columns): column 22.
    @Test func aSecondWaiverOfTheSameRuleForTheSameInstitutionIsAWarningAtIt() throws {
        let found = try lint("""
              - institution: M-1
                rules: [r_flag]
                until: 2026-12-31
                reason: {es: Prueba, en: Test}
              - institution: M-1
                rules: [r_share, r_flag]
                until: 2027-06-30
                reason: {es: Otra, en: Another}

            """)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.code == "repeated_waiver")
        #expect(found.first?.range?.start.line == 39)
        #expect(found.first?.range?.start.column == 22)
        #expect(found.first?.message.en == "rule 'r_flag' is already waived for 'M-1' (waiver on line 34, until 2026-12-31)")
    }

    @Test func otherInstitutionsOrRulesAreNotRepeats() throws {
        let found = try lint("""
              - institution: M-1
                rules: [r_flag]
                until: 2026-12-31
                reason: {es: Prueba, en: Test}
              - institution: M-2
                rules: [r_flag]
                until: 2026-12-31
                reason: {es: Prueba, en: Test}
              - institution: M-1
                rules: [r_share]
                until: 2026-12-31
                reason: {es: Prueba, en: Test}

            """)
        #expect(found.isEmpty, "\(found)")
    }

    /// `until:` on line 36, its value at column 12. The calendar's last day, 2030-12-31, is still inside it.
    @Test(arguments: [("2031-01-01", true), ("2030-12-31", false)])
    func aWaiverPastTheCalendarsEndIsAWarningAtItsDate(until: String, warned: Bool) throws {
        let found = try lint("""
              - institution: M-1
                rules: [r_flag]
                until: \(until)
                reason: {es: Prueba, en: Test}

            """)
        if warned {
            #expect(found.map(\.code) == ["waiver_after_calendar"])
            #expect(found.first?.severity == .warning)
            #expect(found.first?.range?.start.line == 36)
            #expect(found.first?.range?.start.column == 12)
            #expect(found.first?.message.en == "the waiver for 'M-1' ends on 2031-01-01, after the calendar's last phase ends (2030-12-31)")
        } else {
            #expect(found.isEmpty, "\(found)")
        }
    }

    @Test func theCodesAreInTheGuidesTable() {
        #expect(LintCatalog.entries.contains { $0.code == "repeated_waiver" && $0.severity == "advertencia" })
        #expect(LintCatalog.entries.contains { $0.code == "waiver_after_calendar" && $0.severity == "advertencia" })
    }
}
