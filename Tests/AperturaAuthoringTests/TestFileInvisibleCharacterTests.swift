import AperturaAuthoring
import Foundation
import Testing

/// A case name with an escape (YAML's "\e[2J") was printed as it is, to a terminal that obeys it: the test
/// file is invalid instead (`invalid_character`), as a self-assessment with one is.
@Suite struct TestFileInvisibleCharacterTests {
    @Test func anEscapeInACaseNameIsAnError() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/escape.tests.yaml"
        try Fixtures.writeOneCasePAITest(to: file, name: #""borra\e[2Jla pantalla""#, expect: "{level: en_desarrollo}")
        let (testFile, diagnostics) = RuleTestLoader.load(file: file)
        // The case is kept, without the name, so that its expectations are checked; it never runs.
        #expect(testFile?.cases.map(\.name) == [""])
        #expect(diagnostics.map(\.code) == ["invalid_character"])
        #expect(diagnostics.first?.range?.start.line == 6)
        #expect(diagnostics.first?.message.text(.en) == "the text holds an invisible control, direction or zero-width character (U+001B)")
        #expect(RuleTestRunner.run(paths: [file]).results.isEmpty)
    }
}
