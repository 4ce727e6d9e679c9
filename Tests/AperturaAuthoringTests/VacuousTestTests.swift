import AperturaAuthoring
import AperturaSource
import Testing

/// A test file that runs no case, or a case that states no expectation, proves nothing: both are invalid
/// input (65), never a silent pass beside other files' cases.
@Suite struct VacuousTestTests {
    private func write(_ cases: String) throws -> String {
        let file = try Fixtures.temporaryDirectory() + "/vacio.tests.yaml"
        try Fixtures.write("""
            kind: tests
            rules: \(Fixtures.path("Tests/Fixtures/mini/rules"))
            policy: \(Fixtures.path("Tests/Fixtures/mini/policy.yaml"))
            as_of: 2026-06-30
            \(cases)
            """, to: file)
        return file
    }

    @Test func aFileWithAnEmptyListOfCasesIsInvalid() throws {
        // `cases: []` on line 5: the list starts at column 8.
        let file = try write("cases: []\n")
        let (_, diagnostics) = RuleTestLoader.load(file: file)
        #expect(diagnostics.map(\.code) == ["missing_key"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: file, line: 5, column: 8))
        #expect(diagnostics.first?.message.en == "the test file has no cases")
        #expect(RuleTestRunner.run(paths: [file]).hasInvalidInput)
    }

    @Test(arguments: ["{}", "{outcomes: {}, indicators: {}}"])
    func aCaseThatExpectsNothingIsInvalid(expect: String) throws {
        // The case's `expect:` value is on line 8, column 13.
        let file = try write("""
            cases:
              - name: nada
                assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                expect: \(expect)

            """)
        let (_, diagnostics) = RuleTestLoader.load(file: file)
        #expect(diagnostics.map(\.code) == ["missing_key"])
        #expect(diagnostics.first?.range?.start == SourceLocation(file: file, line: 8, column: 13))
        #expect(diagnostics.first?.message.en == "the case expects nothing: give outcomes, gaps, score, ratio, level or indicators")
        #expect(RuleTestRunner.run(paths: [file]).hasInvalidInput)
    }

    @Test func anEmptyListOfGapsIsAnExpectation() throws {
        let file = try write("""
            cases:
              - name: sin brechas esperadas
                assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                expect: {gaps: []}

            """)
        #expect(RuleTestLoader.load(file: file).1.isEmpty)
    }
}
