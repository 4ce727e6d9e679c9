import AperturaSource
import Testing

/// An applicability entry's `phases` must name phases of the policy's calendar (one it does not date would never be
/// current, and the exemption would silently never hold), must not be empty, and the entry should say why (`reason`).
@Suite struct ApplicabilityEntryLintTests {
    private func lint(_ tail: String) throws -> ([Diagnostic], String) {
        let file = try Fixtures.editedMiniPolicy([], appending: tail)
        return (Fixtures.lintWithMiniRules(file).diagnostics, file)
    }

    @Test func aPhaseNotInTheCalendarIsAnErrorAtItsValueWithASuggestion() throws {
        // The policy has 32 lines. Line 35: `    phases: [p1, p3]`, p3 at column 18 (the rule set has no p3 either).
        let (found, file) = try lint("""
            applicability:
              - rules: [r_share]
                phases: [p1, p3]
                applies_to: {kinds: [partido]}
                reason: {es: Prueba, en: Test}

            """)
        let unknown = found.filter { $0.code == "unknown_reference" }
        #expect(unknown.map(\.severity) == [.error])
        #expect(unknown.first?.range?.start == SourceLocation(file: file, line: 35, column: 18))
        #expect(unknown.first?.message.es == "la fase «p3» no está en el calendario de la política «mini_policy»")
        #expect(unknown.first?.help?.es == "¿quiso decir «p1»?")
    }

    @Test func anEmptyPhaseListIsAnError() throws {
        let (found, file) = try lint("""
            applicability:
              - rules: [r_share]
                phases: []
                applies_to: {kinds: [partido]}
                reason: {es: Prueba, en: Test}

            """)
        let invalid = found.filter { $0.code == "invalid_value" }
        #expect(invalid.map(\.range?.start) == [SourceLocation(file: file, line: 35, column: 13)])
        #expect(invalid.first?.message.en == "phases is empty: the entry would hold in no phase")
    }

    @Test func anEntryWithoutAReasonIsWarnedOf() throws {
        // Line 34: `  - rules: [r_share]`, the entry's start at column 5.
        let (found, file) = try lint("""
            applicability:
              - rules: [r_share]
                applies_to: {kinds: [partido]}
              - rules: [r_flag]
                applies_to: {kinds: [partido]}
                reason: {es: Sólo en español}

            """)
        let warned = found.filter { $0.code == "applicability_without_reason" }
        #expect(warned.map(\.severity) == [.warning])
        #expect(warned.first?.range?.start == SourceLocation(file: file, line: 34, column: 5))
        #expect(warned.first?.message.es.hasPrefix("la entrada 1 de applicability («r_share») no dice por qué (reason)") == true)
        // The second gives a reason, in Spanish only: the usual missing translation, at the reason (line 38, column 13).
        #expect(found.filter { $0.code == "missing_translation" }.map(\.range?.start).contains(SourceLocation(file: file, line: 38, column: 13)))
    }
}
