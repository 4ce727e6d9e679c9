import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A date of a test file written wrongly is reported once, where it is written, with what was written.
@Suite struct TestFileDateTests {
    static func load(_ text: String) throws -> [Diagnostic] {
        let file = try Fixtures.temporaryDirectory() + "/fechas.tests.yaml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return RuleTestLoader.load(file: file).1
    }

    static let cases = """
        cases:
          - name: uno
            assessment: a.yaml
            expect: {score: 1}
          - name: dos
            assessment: b.yaml
            expect: {score: 1}

        """

    @Test func anImpossibleFileDateIsNotAlsoMissingInEveryCase() throws {
        let rules = Fixtures.path("Tests/Fixtures/mini/rules")
        let d = try Self.load("kind: tests\nrules: \(rules)\nas_of: 2026-02-30\n" + Self.cases)
        #expect(d.map(\.code) == ["invalid_value"])
        #expect(d.first?.message.es == "«2026-02-30» no es una fecha válida AAAA-MM-DD")
        #expect(d.first?.range?.start.line == 3)
        #expect(d.first?.range?.start.column == 8)
    }

    /// A date written as on paper got only "not a valid YYYY-MM-DD date"; a policy's calendar and `--as-of` say which
    /// date was meant: so does a test file now, at the file's date and at a case's.
    @Test(arguments: ["2026/06/30", "30/06/2026"])
    func aDateWrittenAsOnPaperIsToldTheDateMeant(_ written: String) throws {
        let rules = Fixtures.path("Tests/Fixtures/mini/rules")
        let d = try Self.load("kind: tests\nrules: \(rules)\nas_of: \(written)\n" + Self.cases)
        #expect(d.map(\.code) == ["invalid_value"])
        #expect(d.first?.help?.es == "las fechas se escriben año-mes-día, AAAA-MM-DD: ¿quiso decir 2026-06-30?")
        #expect(d.first?.help?.en == "dates are written year-month-day, YYYY-MM-DD: did you mean 2026-06-30?")
    }

    @Test func aCasesDateWrittenDayFirstIsToldTheDateMeant() throws {
        let rules = Fixtures.path("Tests/Fixtures/mini/rules")
        let text = "kind: tests\nrules: \(rules)\nas_of: 2026-06-30\ncases:\n  - name: uno\n    assessment: a.yaml\n    as_of: 1/7/2026\n    expect: {score: 1}\n"
        let d = try Self.load(text)
        #expect(d.map(\.code) == ["invalid_value"])
        #expect(d.first?.range?.start.line == 7)
        #expect(d.first?.help?.es == "las fechas se escriben año-mes-día, AAAA-MM-DD: ¿quiso decir 2026-07-01?")
    }

    @Test func aCaseWithoutAnyDateIsStillReported() throws {
        let rules = Fixtures.path("Tests/Fixtures/mini/rules")
        let d = try Self.load("kind: tests\nrules: \(rules)\n" + Self.cases)
        #expect(d.map(\.code) == ["missing_key", "missing_key"])
        #expect(d.map { $0.range?.start.line } == [4, 7])
    }

    @Test func aDateOutsideTheCalendarFailsAtTheDateWithTheCalendarsSpan() throws {
        let mini = Fixtures.path("Tests/Fixtures/mini")
        let file = try Fixtures.temporaryDirectory() + "/fuera.tests.yaml"
        let text = """
            kind: tests
            rules: \(mini)/rules
            policy: \(mini)/policy.yaml
            as_of: 2040-06-30
            cases:
              - name: uno
                assessment: \(mini)/municipio.yaml
                expect: {score: 1}

            """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map { $0.rendered(.en) })")
        let failure = try #require(run.results.first?.failures.first)
        #expect(failure.range.start.line == 4)
        #expect(failure.range.start.column == 8)
        #expect(failure.message.es == "la fecha de corte 2040-06-30 no cae en ninguna fase del calendario de la política (el calendario va del 2025-01-01 al 2030-12-31)")
    }
}
