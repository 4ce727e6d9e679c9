import AperturaAuthoring
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// A control character in what JUnit shows (a test file's name may hold one) is written as U+FFFD: XML 1.0
/// forbids such characters even as references, and one made the whole report unreadable to CI.
@Suite struct JUnitControlCharacterTests {
    @Test func theReportStaysWellFormed() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/con\u{1}control.tests.yaml"
        try Fixtures.writeOneCasePAITest(to: file, name: "nivel equivocado", expect: "{level: avanzado}")
        let junit = RuleTestRenderer.junit(RuleTestRunner.run(paths: [file]), language: .en)
        #expect(junit.contains("<testsuite name=\"\(dir)/con\u{FFFD}control.tests.yaml\""), "\(junit)")
        #expect(junit.contains("<failure "))
        let parser = XMLParser(data: Data(junit.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }
}
