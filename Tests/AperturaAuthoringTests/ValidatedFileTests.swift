import AperturaAuthoring
import AperturaSource
import Testing

/// A validated file's counts and how a run adds them up, on diagnostics made by hand.
@Suite struct ValidatedFileTests {
    private static let place = SourceRange(file: "a.yaml", startLine: 3, startColumn: 5, endLine: 3, endColumn: 9)
    private static let error = Diagnostic.error("type_mismatch", LocalizedText(es: "e", en: "e"), at: place)
    private static let warning = Diagnostic.warning("empty_evidence", LocalizedText(es: "w", en: "w"), at: place)

    /// Of 6 dropped past the cap, 3 are errors (5 in all, 2 listed): the other 3 are warnings, beside the one listed.
    @Test func theDiagnosticsDroppedThatAreNotErrorsAreWarnings() {
        let file = ValidatedFile(file: "a.yaml", diagnostics: [Self.error, Self.error, Self.warning], errors: 5, omitted: 6)
        #expect(file.errors == 5 && file.warnings == 4 && file.omitted == 6 && !file.valid)
        let listed = ValidatedFile(file: "b.yaml", diagnostics: [Self.warning])
        #expect(listed.errors == 0 && listed.warnings == 1 && listed.valid)
    }

    /// A broken rule set shared by two files: both invalid, its diagnostics listed and counted once, with the first.
    @Test func aBrokenRuleSetSharedIsCountedOnce() {
        let result = ValidationResult(files: [
            ValidatedFile(file: "a.yaml", origin: .ruleSet(first: true), diagnostics: [Self.error, Self.warning]),
            ValidatedFile(file: "b.yaml", origin: .ruleSet(first: false), diagnostics: [Self.error, Self.warning]),
            ValidatedFile(file: "c.yaml", diagnostics: []),
        ])
        #expect(result.invalidCount == 2)
        #expect(result.diagnostics == [Self.error, Self.warning])
        #expect(result.errors == 1 && result.warnings == 1)
        // Text prints no status line for either (the diagnostics are the rule set's), only the valid file's and the count.
        #expect(ValidationRenderer.text(result, language: .en) == """
            a.yaml:3:5: error[type_mismatch]: e
            a.yaml:3:5: warning[empty_evidence]: w
            c.yaml: valid
            3 files: 1 valid, 2 with errors

            """)
    }
}
