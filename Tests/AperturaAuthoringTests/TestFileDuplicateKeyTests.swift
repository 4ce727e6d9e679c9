import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A key written twice in a test file is one mistake: one diagnostic, not one from YAML and one from the reader.
@Suite struct TestFileDuplicateKeyTests {
    @Test func aRepeatedKeyIsReportedOnce() throws {
        let file = try Fixtures.temporaryDirectory() + "/doble.tests.yaml"
        let text = """
            kind: tests
            rules: \(Fixtures.path("Tests/Fixtures/mini/rules"))
            as_of: 2026-06-30
            cases:
              - name: uno
                assessment: a.yaml
                expect:
                  score: 1
                  score: 0.5

            """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let diagnostics = RuleTestLoader.load(file: file).1
        #expect(diagnostics.map(\.code) == ["yaml_duplicate_key"])
        #expect(diagnostics.first?.range?.start.line == 9)
    }
}
