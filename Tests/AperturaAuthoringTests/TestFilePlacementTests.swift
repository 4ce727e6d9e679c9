import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// Problems with what a test file names (its rule set, its policy) are reported where it names them.
@Suite struct TestFilePlacementTests {
    static func run(_ header: String) throws -> [Diagnostic] {
        let file = try Fixtures.temporaryDirectory() + "/lugar.tests.yaml"
        let text = header + """
            as_of: 2026-06-30
            cases:
              - name: uno
                assessment: a.yaml
                expect: {score: 1}

            """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return RuleTestRunner.run(paths: [file]).diagnostics
    }

    @Test func aRuleSetMismatchIsAtRuleSet() throws {
        let rules = Fixtures.path("Tests/Fixtures/mini/rules")
        let d = try Self.run("kind: tests\nrules: \(rules)\nrule_set: otro\n")
        #expect(d.map(\.code) == ["rule_set_mismatch"])
        #expect(d.first.map { ($0.range?.start.line, $0.range?.start.column) } ?? (nil, nil) == (3, 11))
    }

    @Test func aPolicyThatCannotBeReadIsAtPolicy() throws {
        let rules = Fixtures.path("Tests/Fixtures/mini/rules")
        let d = try Self.run("kind: tests\nrules: \(rules)\npolicy: no-existe.yaml\n")
        #expect(d.map(\.code) == ["file_unreadable"])
        #expect(d.first.map { ($0.range?.start.line, $0.range?.start.column) } ?? (nil, nil) == (3, 9))
        #expect(d.first?.help?.en?.hasPrefix("the policy path is read from the test file's folder") == true)
    }

    @Test func lintReportsATestFilesUnreadablePolicyToo() throws {
        let dir = try Fixtures.temporaryDirectory()
        let mini = Fixtures.path("Tests/Fixtures/mini/rules")
        for name in try FileManager.default.contentsOfDirectory(atPath: mini) {
            try FileManager.default.copyItem(atPath: "\(mini)/\(name)", toPath: "\(dir)/\(name)")
        }
        let text = "kind: tests\npolicy: no-existe.yaml\nas_of: 2026-06-30\ncases:\n  - {name: uno, assessment: a.yaml, expect: {score: 1}}\n"
        try text.write(toFile: "\(dir)/mini.tests.yaml", atomically: true, encoding: .utf8)
        let errors = Linter.lint(paths: [dir]).diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == ["file_unreadable"])
        #expect(errors.first?.range?.start.line == 2)
    }
}
