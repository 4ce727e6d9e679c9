import AperturaAuthoring
import AperturaEngine
import AperturaSource
import Testing

/// A text the format requires (a waiver's reason and institution, a proposed goal's rationale, names...) written blank
/// used to pass: lint only asked for its English, and the report printed `dispensada hasta 2026-12-31: ` with nothing
/// after. Blank (only spaces) in Spanish is now `invalid_value` at the value, as a self-assessment's blank id or name,
/// so evaluation refuses it too.
@Suite struct BlankRequiredTextTests {
    /// The mini policy (32 lines) with one waiver appended: `- institution:` on line 34 (value at column 18),
    /// `reason:` on line 37 (value at column 13).
    func policy(institution: String = "M-1", reason: String) throws -> String {
        try Fixtures.editedMiniPolicy([], appending: """
            waivers:
              - institution: \(institution)
                rules: [r_flag]
                until: 2026-12-31
                reason: \(reason)

            """)
    }

    func blank(_ found: [Diagnostic]) -> [(String, Int, Int)] {
        found.filter(\.isError).map { ($0.message.text(.en), $0.range?.start.line ?? 0, $0.range?.start.column ?? 0) }
    }

    @Test(arguments: ["\"\"", "\"   \"", "{es: \"\", en: Test}", "{es: \" \", en: \"\"}"])
    func aBlankReasonIsAnErrorAtIt(reason: String) throws {
        let file = try policy(reason: reason)
        let found = Fixtures.lintWithMiniRules(file).diagnostics
        // At the value: the quote of `""` (column 13), or the `es` value inside the braces (13 + `{es: `, 5 = 18).
        let column = reason.hasPrefix("{") ? 18 : 13
        #expect(blank(found).elementsEqual([("'reason' cannot be left empty", 37, column)], by: ==), "\(found)")
        #expect(found.first { $0.isError }?.code == "invalid_value")
        // Nothing to translate in a text that says nothing.
        #expect(!found.contains { $0.code == "missing_translation" })
        // And evaluation refuses the policy.
        let (evaluator, loaded) = Workspace.load(rules: Fixtures.path("Tests/Fixtures/mini/rules"), policy: file)
        #expect(evaluator == nil)
        #expect(loaded.contains { $0.code == "invalid_value" && $0.range?.start.line == 37 })
    }

    @Test func aBlankInstitutionIsAnErrorAtIt() throws {
        let found = Fixtures.lintWithMiniRules(try policy(institution: "\"  \"", reason: "{es: Prueba, en: Test}")).diagnostics
        #expect(blank(found).elementsEqual([("'institution' cannot be left empty", 34, 18)], by: ==), "\(found)")
    }

    /// The mini rules' proposed goal with its rationale (line 11, `        rationale: ` then `{es: `: column 25) blanked.
    @Test func aBlankRationaleOfAProposedGoalIsAnErrorAtIt() throws {
        let rules = try Fixtures.editedMiniRules("rules.yaml", [("rationale: {es: Para probar, en: For testing}", "rationale: {es: \"\", en: \"\"}")])
        let found = Linter.lint(paths: [rules]).diagnostics
        #expect(blank(found).elementsEqual([("'rationale' cannot be left empty", 11, 25)], by: ==), "\(found)")
        #expect(found.first { $0.isError }?.code == "invalid_value")
    }

    @Test func aWrittenTextIsNotBlank() throws {
        let found = Fixtures.lintWithMiniRules(try policy(reason: "{es: Prueba, en: Test}")).diagnostics
        #expect(found.allSatisfy { !$0.isError }, "\(found)")
    }
}
