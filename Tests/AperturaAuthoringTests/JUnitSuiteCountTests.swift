import AperturaAuthoring
import Foundation
import Testing

/// JUnit: each test file's `testsuite` counts its own cases and failures, and a failed case's `failure`
/// lists every failed expectation, one per line, each at its place (the `message` is the first).
@Suite struct JUnitSuiteCountTests {
    @Test func eachSuiteCountsItsOwnFailuresAndEachFailureListsAllItsExpectations() throws {
        let dir = try Fixtures.temporaryDirectory()
        func write(_ name: String, _ caseName: String, _ expect: String) throws -> String {
            let file = "\(dir)/\(name).tests.yaml"
            try Fixtures.write("""
                \(Fixtures.miniTestsHead)
                  - name: \(caseName)
                    assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                    expect: \(expect)

                """, to: file)
            return file
        }
        // The mini municipio's ratio is 0.5 and its flag true (see ExpectationToleranceTests). On line 8,
        // `    expect: {ratio: ` puts 0.6 at column 21, and `0.6, indicators: {flag: ` false at column 45.
        let a = try write("a", "falla", "{ratio: 0.6, indicators: {flag: false}}")
        let b = try write("b", "pasa", "{ratio: 0.5}")
        let junit = RuleTestRenderer.junit(RuleTestRunner.run(paths: [dir]), language: .en)
        #expect(junit.contains("<testsuites name=\"apertura test\" tests=\"2\" failures=\"1\">\n"))
        #expect(junit.contains("  <testsuite name=\"\(a)\" tests=\"1\" failures=\"1\">\n"))
        #expect(junit.contains("  <testsuite name=\"\(b)\" tests=\"1\" failures=\"0\">\n"))
        #expect(junit.contains("    <testcase classname=\"\(b)\" name=\"pasa\" file=\"\(b)\" line=\"6\"/>\n"))
        #expect(junit.contains("      <failure message=\"ratio: expected 0.6, got 0.5\">\(a):8:21: ratio: expected 0.6, got 0.5\n"
            + "\(a):8:45: indicator &#39;flag&#39;: expected false, got true</failure>\n"))
    }
}
