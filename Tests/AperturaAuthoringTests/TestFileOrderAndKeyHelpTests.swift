import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// The test files under a folder run in the order of their paths, whatever order the folder lists them
/// in; an unknown key with no close match in a test file is told the keys it may use.
@Suite struct TestFileOrderAndKeyHelpTests {
    private func writeTest(_ file: String, key: String = "") throws {
        try Fixtures.write("""
            kind: tests
            rules: \(Fixtures.path("Tests/Fixtures/mini/rules"))
            policy: \(Fixtures.path("Tests/Fixtures/mini/policy.yaml"))
            as_of: 2026-06-30
            \(key)cases:
              - name: caso
                assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                expect: {ratio: 0.5}

            """, to: file)
    }

    @Test func filesRunInTheOrderOfTheirPaths() throws {
        let dir = try Fixtures.temporaryDirectory()
        let names = ["d", "b", "a", "c", "e"]
        for name in names { try writeTest("\(dir)/\(name).tests.yaml") }
        let run = RuleTestRunner.run(paths: [dir])
        #expect(run.results.map(\.file) == names.sorted().map { "\(dir)/\($0).tests.yaml" })
    }

    @Test func anUnknownKeyWithNoCloseMatchListsTheAllowedOnes() throws {
        // `qqqqqq: 1` on line 5, column 1.
        let file = try Fixtures.temporaryDirectory() + "/k.tests.yaml"
        try writeTest(file, key: "qqqqqq: 1\n")
        let (_, found) = RuleTestLoader.load(file: file)
        #expect(found.map(\.code) == ["unknown_key"])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 5, column: 1)])
        #expect(found.map(\.help?.en) == ["allowed keys: kind, rule_set, rules, policy, as_of, tolerance, cases"])
    }
}
