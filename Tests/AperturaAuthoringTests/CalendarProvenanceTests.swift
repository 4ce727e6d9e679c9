import AperturaLoader
import AperturaSource
import Testing

/// A calendar entry's provenance: a status written wrongly is one error at the status, not also "official
/// without a source" (the default it used to fall back to); the message names the phase.
@Suite struct CalendarProvenanceTests {
    @Test func aMisspeltStatusIsOneError() throws {
        // The first entry's `status: proposed` (line 13, value at column 13) becomes `propuesta`.
        let file = try Fixtures.editedMiniPolicy([("status: proposed", "status: propuesta")])
        let (_, diagnostics) = PolicyLoader.load(file: file)
        #expect(diagnostics.items.map(\.code) == ["invalid_value"])
        #expect(diagnostics.items.map(\.range?.start) == [SourceLocation(file: file, line: 13, column: 13)])
    }

    @Test func aProposalWithoutRationaleNamesThePhase() throws {
        // The first entry (line 10, `- ` at column 3, its mapping at column 5) loses its rationale.
        let file = try Fixtures.editedMiniPolicy([("    status: proposed\n    rationale: {es: Prueba, en: Test}\n", "    status: proposed\n")])
        let (_, diagnostics) = PolicyLoader.load(file: file)
        #expect(diagnostics.items.map(\.code) == ["missing_rationale"])
        #expect(diagnostics.items.map(\.range?.start) == [SourceLocation(file: file, line: 10, column: 5)])
        #expect(diagnostics.items.map(\.message.en) == ["the calendar entry of phase 'p1' is proposed but gives no rationale"])
        #expect(diagnostics.items.map(\.message.es) == ["el calendario de la fase «p1» es una propuesta sin justificación (rationale)"])
    }
}
