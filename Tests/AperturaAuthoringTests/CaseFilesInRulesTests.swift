import AperturaAuthoring
import AperturaLoader
import AperturaSource
import Foundation
import Testing

/// The authors' guide keeps a test's cases beside its tests file (`assessment: casos/x.yaml`, inside the rule
/// set's folder): they are self-assessments, not rule files, and must not break the rule set.
@Suite struct CaseFilesInRulesTests {
    /// A copy of the mini rules under `Rules/mini` with the mini municipio under `Rules/mini/casos`, and the policy.
    private func workspace(testsNameTheCase: Bool) throws -> String {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/Rules", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/Rules/mini")
        try FileManager.default.createDirectory(atPath: dir + "/Rules/mini/casos", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/municipio.yaml"), toPath: dir + "/Rules/mini/casos/municipio.yaml")
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/policy.yaml"), toPath: dir + "/policy.yaml")
        // share = 2 of the municipio's 4 items ok = 0.5.
        try Fixtures.write("""
            kind: tests
            policy: ../../policy.yaml
            as_of: 2026-06-30
            cases:
              - {name: uno, assessment: \(testsNameTheCase ? "casos/municipio.yaml" : "../../policy.yaml"), expect: {indicators: {share: 0.5}}}

            """, to: dir + "/Rules/mini/mini.tests.yaml")
        return dir
    }

    @Test func aCaseNamedByATestIsNotReadAsARuleFile() throws {
        let dir = try workspace(testsNameTheCase: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lint = Linter.lint(paths: [dir + "/Rules/mini"])
        // (The mini rules' own unused indicators are warnings that are no concern here.)
        #expect(lint.diagnostics.filter { $0.isError || $0.code == "self_assessment_in_rules" }.map(\.code) == [])
        let run = RuleTestRunner.run(paths: [dir + "/Rules/mini"])
        #expect(run.diagnostics.filter(\.isError).map(\.code) == [])
        #expect(run.passedCount == 1 && run.failedCount == 0)
    }

    /// One no test names is said to be a self-assessment (a warning: the rule set itself is sound).
    @Test func aCaseNoTestNamesIsSaid() throws {
        let dir = try workspace(testsNameTheCase: false)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: dir + "/Rules/mini")
        #expect(ruleSet != nil)
        let said = diagnostics.sorted.filter { $0.code == "self_assessment_in_rules" }
        #expect(said.map(\.severity) == [.warning])
        #expect(said.first?.range?.start == SourceLocation(file: dir + "/Rules/mini/casos/municipio.yaml", line: 1, column: 1))
        #expect(said.first?.message.es.contains("es una autoevaluación, no un archivo de reglas") == true)
    }
}
