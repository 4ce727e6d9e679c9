import AperturaAuthoring
import AperturaSource
import Testing

/// An indicator whose `?:` gives an int on one branch and a string on the other fails only at evaluation, for
/// the institutions that take the other branch: lint reports it where the conditional is written.
@Suite struct ConditionalBranchLintTests {
    @Test func branchesOfDifferentTypesAreATypeError() throws {
        // Indicator `broken`'s value is on line 44; the quoted expression starts at column 13, its `?` 8 further.
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("    value: a.n / 0\n", "    value: 'a.n > 0 ? a.n : \"cero\"'\n")])
        let found = Linter.lint(paths: [dir]).diagnostics.filter { $0.code == "expr_type_mismatch" }
        #expect(found.count == 1, "\(found.map { $0.rendered(.en) })")
        #expect(found.first?.range?.start == SourceLocation(file: dir + "/indicators.yaml", line: 44, column: 21))
        #expect(found.first?.message.es.contains("las ramas de «?:» dan tipos distintos: int y string") == true)
        #expect(found.first?.isError == true)
    }
}
