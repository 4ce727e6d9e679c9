import AperturaAuthoring
import AperturaSource
import Testing

/// A value of the wrong form in a case's expectations says every form it may take: `~` for score, ratio
/// and level, and true/false for an indicator (the message used to ask for "a number" of `flag: yes`).
@Suite struct TestFileExpectationFormTests {
    @Test func eachMessageNamesTheFormsTheValueMayTake() throws {
        let file = Fixtures.path("Tests/Fixtures/tests/expectation-types.tests.yaml")
        let (_, found) = RuleTestLoader.load(file: file)
        #expect(found.map(\.code) == Array(repeating: "type_mismatch", count: 5))
        // score (10:14), ratio (11:14), level (12:14), flag (13:26), share (13:38, its opening quote).
        #expect(found.map { [$0.range?.start.line, $0.range?.start.column] } == [[10, 14], [11, 14], [12, 14], [13, 26], [13, 38]])
        #expect(found.map(\.message.en) == [
            "expected a number or ~ (none)",
            "expected a number or ~ (none)",
            "expected a level id or ~ (none)",
            "expected true, false, a number or ~ (no value)",
            "expected true, false, a number or ~ (no value)",
        ])
        #expect(found.map(\.message.es) == [
            "se esperaba un número o ~ (ninguno)",
            "se esperaba un número o ~ (ninguno)",
            "se esperaba el id de un nivel o ~ (ninguno)",
            "se esperaba true, false, un número o ~ (sin valor)",
            "se esperaba true, false, un número o ~ (sin valor)",
        ])
    }
}
