import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A case that expects a number of a boolean indicator, or a boolean of a numeric one, contradicts the rule
/// set and could never pass: the test file is invalid (`type_mismatch` at the value, exit 65), as with an
/// unknown id, and none of its cases runs.
@Suite struct TestFileValueTypeTests {
    @Test func aValueOfTheWrongTypeMakesTheFileInvalid() throws {
        let file = Fixtures.path("Tests/Fixtures/test-references/wrong-type.tests.yaml")
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.hasInvalidInput)
        #expect(run.results.isEmpty)
        // flag: 1 has its value on line 12, column 15; share: true on line 13, column 16.
        #expect(run.diagnostics.map(\.code) == ["type_mismatch", "type_mismatch"])
        #expect(run.diagnostics.map(\.range?.start) == [(12, 15), (13, 16)].map { SourceLocation(file: file, line: $0, column: $1) })
        #expect(run.diagnostics.map(\.message.en) == [
            "indicator 'flag' is boolean (unit: boolean): expect true, false or ~, not 1",
            "indicator 'share' is numeric (unit: ratio): expect a number or ~, not true",
        ])
        #expect(run.diagnostics.map(\.message.es) == [
            "el indicador «flag» es booleano (unit: boolean): se espera true, false o ~, no 1",
            "el indicador «share» es numérico (unit: ratio): se espera un número o ~, no true",
        ])
    }

    /// `apertura lint` reads the test files beside the rules: the same values are reported there.
    @Test func lintReportsThemBesideTheRules() throws {
        let dir = try Fixtures.miniRulesWithTestFile("wrong-type.tests.yaml")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Linter.lint(paths: [dir + "/rules"])
        let found = result.diagnostics.filter { $0.code == "type_mismatch" }
        #expect(found.map { [$0.range?.start.line, $0.range?.start.column] } == [[12, 15], [13, 16]])
        #expect(result.fails(strict: false))
    }
}
