import AperturaAuthoring
import AperturaSource
import Testing

/// A policy's citations (its own, a calendar entry's, a waiver's) must say where in the document, like a
/// rule set's: an empty section is missing_citation at the section. Policies used to pass unchecked.
@Suite struct PolicyCitationSectionTests {
    @Test func emptySectionsAreReportedAtTheSection() throws {
        // Line 8: `source: {ref: s1, section: ""}`, the section's value at column 28. The waiver appended on
        // lines 33-38 cites `section: " "` on line 38, at column 32.
        let file = try Fixtures.editedMiniPolicy([("rationale: {es: Sólo para pruebas, en: Tests only}", "source: {ref: s1, section: \"\"}")], appending: """
            waivers:
              - institution: SO-1
                rules: [r_share]
                until: 2026-06-30
                reason: {es: Prueba, en: Test}
                source: {ref: s1, section: " "}

            """)
        let found = Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "missing_citation" }
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 8, column: 28), SourceLocation(file: file, line: 38, column: 32)])
        #expect(found.map(\.message.en) == Array(repeating: "the citation of 's1' names no section of the document", count: 2))
        #expect(Fixtures.lintWithMiniRules(file).fails(strict: false))
    }
}
