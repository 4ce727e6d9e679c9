import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A rule's name or remediation, or a policy's name, with an escape (YAML's "\e[2J") or a direction override was
/// loaded as it is, and reached terminals and reports that obey it: it is an error (`invalid_character`), as in a
/// self-assessment or a test file.
@Suite struct RuleTextInvisibleCharacterTests {
    @Test func controlAndDirectionCharactersInRuleAndPolicyTextsAreErrors() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        let rules = try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [
            ("name: {es: Bandera con acta, en: Flag with minutes}", "name: {es: \"Bandera\\e[2J con acta\", en: Flag with minutes}"),
            ("remediation: {es: Mejore los elementos, en: Improve the items}", "remediation: {es: Mejore los elementos, en: \"Improve\\u202E the items\"}"),
        ])
        try Fixtures.write(rules, to: dir + "/rules/rules.yaml")
        let policy = try Fixtures.editedMiniPolicy([("name: {es: Política mínima, en: Minimal policy}", "name: \"Política\\x85 mínima\"")])

        let result = Fixtures.lintWithMiniRules(policy)
        func file(_ d: Diagnostic) -> String { URL(fileURLWithPath: d.range?.file ?? "").lastPathComponent }
        func line(_ d: Diagnostic) -> Int { d.range?.start.line ?? 0 }
        // By file name and line: the two temporary folders sort in either order.
        let found = Linter.lint(paths: [dir + "/rules", policy]).diagnostics.filter { $0.code == "invalid_character" }
            .sorted { (file($0), line($0)) < (file($1), line($1)) }
        #expect(found.map { "\(file($0)):\(line($0))" } == ["p.yaml:4", "rules.yaml:5", "rules.yaml:25"])
        #expect(found.map { $0.message.text(.en) } == ["0085", "001B", "202E"].map {
            "the text holds an invisible control, direction or zero-width character (U+\($0))"
        })
        // The mini rules themselves are clean: only the policy's name is at fault there.
        #expect(result.diagnostics.filter { $0.code == "invalid_character" }.count == 1)
    }
}
