import AperturaAuthoring
import Foundation
import Testing

/// A case whose `assessment` is empty resolved to the test file's own folder and failed only when it ran
/// ("is a folder"): the test file is invalid when it is loaded, at the empty value.
@Suite struct TestFileEmptyAssessmentTests {
    @Test(arguments: ["\"\"", "", "\"  \""])
    func anEmptyAssessmentIsAnErrorAtTheValue(_ value: String) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/vacio.tests.yaml"
        try Fixtures.writeOneCasePAITest(to: file, name: "sin autoevaluación", assessment: value, expect: "{level: en_desarrollo}")
        let (_, diagnostics) = RuleTestLoader.load(file: file)
        #expect(diagnostics.map(\.code) == ["invalid_value"])
        #expect(diagnostics.first.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" } == (value.isEmpty ? "7:16" : "7:17"), "at the value, or just after the colon when there is none")
        #expect(diagnostics.first?.message.text(.en) == "'assessment' is empty: give the self-assessment's file or write it here")
        #expect(RuleTestRunner.run(paths: [file]).results.isEmpty)
    }
}
