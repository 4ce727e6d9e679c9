import AperturaAuthoring
import AperturaSource
import Testing

/// An official goal citing `source: {ref: s1}` (no section) got both `missing_key` (right: the section is missing)
/// and `missing_source` ("official but cites no source", wrong: it does cite one, badly). Only the first is said now;
/// the same for a calendar entry and for a proposed goal whose rationale is written wrongly.
@Suite struct CitationWithoutSectionTests {
    @Test func anOfficialGoalCitingWithoutASectionIsOnlyMissingTheSection() throws {
        // r_share's p1 goal is official and cites {ref: s1, section: "Uno"}.
        let dir = try Fixtures.editedMiniRules("rules.yaml", [("""
                  - phase: p1
                    target: 0.5
                    source: {ref: s1, section: "Uno"}
            """, """
                  - phase: p1
                    target: 0.5
                    source: {ref: s1}
            """)])
        let found = Linter.lint(paths: [dir]).diagnostics.filter(\.isError)
        #expect(found.map(\.code) == ["missing_key"])
        #expect(found.first?.message.es == "falta la clave obligatoria «section»")
    }

    @Test func aGoalWithoutSourceIsStillMissingItsSource() throws {
        let dir = try Fixtures.editedMiniRules("rules.yaml", [("""
                    target: 0.5
                    source: {ref: s1, section: "Uno"}

            """, """
                    target: 0.5

            """)])
        #expect(Linter.lint(paths: [dir]).diagnostics.filter(\.isError).map(\.code) == ["missing_source"])
    }

    @Test func aProposedGoalWithABrokenRationaleIsNotAlsoMissingIt() throws {
        // r_flag's goal is proposed with rationale {es, en}; a bare number is no text.
        let dir = try Fixtures.editedMiniRules("rules.yaml", [("rationale: {es: Para probar, en: For testing}", "rationale: [1]")])
        let codes = Linter.lint(paths: [dir]).diagnostics.filter(\.isError).map(\.code)
        #expect(!codes.contains("missing_rationale"))
        #expect(codes.count == 1)
    }

    @Test func aCalendarEntryCitingWithoutASectionIsOnlyMissingTheSection() throws {
        let policy = try Fixtures.editedMiniPolicy([("""
              - phase: p1
                start: 2025-01-01
                end: 2027-12-31
                status: proposed
                rationale: {es: Prueba, en: Test}
            """, """
              - phase: p1
                start: 2025-01-01
                end: 2027-12-31
                source: {ref: s1}
            """)])
        let found = Fixtures.lintWithMiniRules(policy).diagnostics.filter(\.isError)
        #expect(found.map(\.code) == ["missing_key"])
    }
}
