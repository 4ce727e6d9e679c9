import AperturaAuthoring
import AperturaEngine
import AperturaSource
import Testing

/// A policy `lint` rejects (errors of its own checks, not the loader's) used to be evaluated all the same: evaluate
/// and batch printed reports and exited 0. The checks are now one implementation (`PolicySoundness`) that lint and
/// every evaluating load (`Workspace.load`) run: the evaluator is refused with the code and place lint gives.
@Suite struct UnsoundPolicyEvaluationTests {
    /// The PAI policy with one edit, written to a scratch file.
    func policy(_ edit: (String, String), appending tail: String = "") throws -> String {
        let file = try Fixtures.temporaryDirectory() + "/politica.yaml"
        try Fixtures.write(try Fixtures.edited("Policies/pai-inicio.yaml", [edit]) + tail, to: file)
        return file
    }

    /// Each case: the edit, the code, and where (line, column) lint and evaluation must both put it.
    /// - `at_least: 0` for `inicial` (line 83, the value after `    at_least: `, column 15): every score reaches it.
    /// - consolidacion from 2028-02-01 (line 42, after `    start: `, column 12): January 2028 is in no phase.
    /// - line 94 `      when: institution.kind == "municipios"`, put after the applicability entry's `applies_to:` (line 93):
    ///   the literal starts at column 13 + 20 = 33.
    static let cases: [(edit: (String, String), tail: String, code: String, line: Int, column: Int)] = [
        (("at_least: 0.3\n", "at_least: 0\n"), "", "level_unreachable", 83, 15),
        (("start: 2028-01-01\n", "start: 2028-02-01\n"), "", "calendar_gap", 42, 12),
        (("    applies_to:\n", "    applies_to:\n      when: institution.kind == \"municipios\"\n"), "", "unknown_value", 94, 33),
    ]

    @Test(arguments: cases.indices)
    func evaluationRefusesWhatLintRejects(index: Int) throws {
        let c = Self.cases[index]
        let file = try policy(c.edit, appending: c.tail)
        let rules = Fixtures.path("Rules/pai")
        let (evaluator, diagnostics) = Workspace.load(rules: rules, policy: file)
        #expect(evaluator == nil)
        let refused = diagnostics.filter(\.isError)
        #expect(refused.map(\.code) == [c.code])
        #expect(refused.first?.range?.start == SourceLocation(file: file, line: c.line, column: c.column))
        // The same diagnostic as lint's, word for word.
        let linted = Linter.lint(paths: [rules, file]).diagnostics.filter(\.isError)
        #expect(linted == refused)
    }

    @Test func theBundledPoliciesAreSound() throws {
        for (rules, policy) in [("Rules/pai", "Policies/pai-inicio.yaml"), ("Rules/mga", "Policies/mga-2017.yaml")] {
            let (evaluator, diagnostics) = Workspace.load(rules: Fixtures.path(rules), policy: Fixtures.path(policy))
            #expect(evaluator != nil, "\(diagnostics)")
        }
    }
}
