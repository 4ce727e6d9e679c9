import AperturaAuthoring
import AperturaSource
import Testing

/// `evidence: [a.acta, a.acta]` and a waiver's `rules: [r_flag, r_flag]` passed lint. A repeat in a list of references
/// changes nothing, so it is most likely a slip for another entry: a warning at the repeat.
@Suite struct RepeatedEntryTests {
    @Test func aRepeatedEvidencePathIsAWarningAtTheRepeat() throws {
        // r_flag's evidence is on line 12: `    evidence: [a.acta, a.acta]`, the first at column 16, the repeat at 24.
        let dir = try Fixtures.editedMiniRules("rules.yaml", [("evidence: [a.acta]", "evidence: [a.acta, a.acta]")])
        let found = Linter.lint(paths: [dir]).diagnostics.filter { $0.code == "repeated_entry" }
        #expect(found.count == 1)
        let warning = try #require(found.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.es == "«a.acta» está repetido en evidence (ya está en \(dir)/rules.yaml:12:16)")
        #expect(warning.range?.start.line == 12)
        #expect(warning.range?.start.column == 24)
    }

    @Test func aRuleRepeatedInAWaiverIsAWarningAtTheRepeat() throws {
        // The mini policy has 32 lines: the waiver's rules are on line 35, `    rules: [r_flag, r_flag]`.
        let policy = try Fixtures.editedMiniPolicy([], appending: """
            waivers:
              - institution: M-3
                rules: [r_flag, r_flag]
                until: 2026-12-31
                reason: {es: Prueba, en: Test}

            """)
        let found = Fixtures.lintWithMiniRules(policy).diagnostics.filter { $0.code == "repeated_entry" }
        #expect(found.count == 1)
        #expect(found.first?.message.es == "«r_flag» está repetido en rules (ya está en \(policy):35:13)")
        #expect(found.first?.range?.start.column == 21)
    }

    @Test func aListWithoutRepeatsIsFine() throws {
        #expect(!Linter.lint(paths: [Fixtures.path("Rules/pai"), Fixtures.path("Policies")]).diagnostics.contains { $0.code == "repeated_entry" })
    }
}
