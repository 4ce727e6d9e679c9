import AperturaAuthoring
import AperturaSource
import Testing

/// The rule set lists its phases in order, and goals grow along it; a calendar that dates a later phase before an
/// earlier one (the years of `p1` and `p2` swapped) was accepted without a word, and institutions would face the
/// later, harder goals first. Lint now reports it at the start date of the phase that comes too early.
@Suite struct CalendarPhaseOrderTests {
    /// The mini policy (p1 on lines 10-14, p2 on lines 15-19, its `start:` value on line 16 at column 12), edited,
    /// linted with the mini rule set (phases p1, p2).
    private func lint(_ replacements: [(String, String)]) throws -> (found: [Diagnostic], file: String) {
        let file = try Fixtures.editedMiniPolicy(replacements)
        return (Fixtures.lintWithMiniRules(file).diagnostics.filter { $0.code == "phase_order" }, file)
    }

    @Test func aLaterPhaseDatedFirstIsAnError() throws {
        let (found, file) = try lint([
            ("start: 2025-01-01\n    end: 2027-12-31", "start: P1"),
            ("start: 2028-01-01\n    end: 2030-12-31", "start: 2025-01-01\n    end: 2027-12-31"),
            ("start: P1", "start: 2028-01-01\n    end: 2030-12-31"),
        ])
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.range?.start == SourceLocation(file: file, line: 16, column: 12))
        #expect(found.first?.message.es == "la fase «p2» empieza el 2025-01-01, antes que «p1» (2028-01-01), que el conjunto de reglas pone antes: sus metas se aplicarían en otro orden")
        #expect(found.first?.message.en == "phase 'p2' starts on 2025-01-01, before 'p1' (2028-01-01), which the rule set lists first: its goals would apply in another order")
        #expect(found.first?.help?.es == "ponga las fechas de las fases en el orden en que el conjunto de reglas las lista")
    }

    @Test func phasesDatedInTheirOrderAreFine() throws {
        #expect(try lint([]).found.isEmpty)
    }
}
