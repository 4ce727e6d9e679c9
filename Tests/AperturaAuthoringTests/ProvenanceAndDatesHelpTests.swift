import AperturaLoader
import AperturaSource
import Testing

/// Two messages a new author meets that said what was wrong but not what to do: a proposal without its
/// rationale (unlike "official without a source", it had no help), and a calendar phase that ends before it
/// starts (most often start and end swapped), which did not show the two dates.
@Suite struct ProvenanceAndDatesHelpTests {
    @Test func aProposalWithoutRationaleSaysWhatToWrite() throws {
        let file = try Fixtures.editedMiniPolicy([("    status: proposed\n    rationale: {es: Prueba, en: Test}\n", "    status: proposed\n")])
        let (_, diagnostics) = PolicyLoader.load(file: file)
        let d = try #require(diagnostics.items.first)
        #expect(d.code == "missing_rationale")
        #expect(d.help?.es == "añada rationale: {es: ..., en: ...} con el porqué de lo propuesto, o, si una fuente lo muestra, cítela con source y quite status: proposed")
        #expect(d.help?.en == "add rationale: {es: ..., en: ...} saying why it is proposed, or, if a source shows it, cite it with source and remove status: proposed")
    }

    @Test func aPhaseThatEndsBeforeItStartsShowsBothDates() throws {
        // p2's dates swapped: `end:` is line 17, its value at column 10.
        let file = try Fixtures.editedMiniPolicy([("start: 2028-01-01\n    end: 2030-12-31", "start: 2030-12-31\n    end: 2028-01-01")])
        let (_, diagnostics) = PolicyLoader.load(file: file)
        let d = try #require(diagnostics.items.first)
        #expect(diagnostics.items.map(\.code) == ["invalid_value"])
        #expect(d.range?.start == SourceLocation(file: file, line: 17, column: 10))
        #expect(d.message.es == "la fase «p2» termina el 2028-01-01, antes de empezar (el 2030-12-31)")
        #expect(d.message.en == "phase 'p2' ends on 2028-01-01, before it starts (on 2030-12-31)")
        #expect(d.help?.es == "start es el primer día de la fase y end el último: ¿están invertidas?")
        #expect(d.help?.en == "start is the phase's first day and end its last: are they swapped?")
    }
}
