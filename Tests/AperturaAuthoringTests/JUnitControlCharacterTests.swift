import AperturaAuthoring
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// A case name with a control character (YAML's "\x01", "\e") is written to JUnit as U+FFFD: XML 1.0 forbids
/// such characters even as references, and one made the whole report unreadable to CI.
@Suite struct JUnitControlCharacterTests {
    @Test func theReportStaysWellFormed() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/control.tests.yaml"
        try """
            kind: tests
            rules: \(Fixtures.path("Rules/pai"))
            policy: \(Fixtures.path("Policies/pai-inicio.yaml"))
            as_of: 2026-06-30
            cases:
              - name: "a\\x01b\\ec\\x7fd"
                assessment: \(Fixtures.path("Examples/municipio-zapopan.yaml"))
                expect: {level: avanzado}
            """.write(toFile: file, atomically: false, encoding: .utf8)
        let junit = RuleTestRenderer.junit(RuleTestRunner.run(paths: [file]), language: .en)
        #expect(junit.contains("name=\"a\u{FFFD}b\u{FFFD}c\u{7F}d\""), "\(junit)")
        let parser = XMLParser(data: Data(junit.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }
}
