import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// Numbers in a case's expectations must be finite and written as numbers: `nan` or `inf` as a score or a
/// ratio could never be matched, and a quoted `"true"` is a string, not a boolean indicator value: each is a
/// `type_mismatch` at the value.
@Suite struct TestFileNumberFormTests {
    @Test func notANumberInfinityAndAQuotedBooleanAreRejected() throws {
        let file = try Fixtures.temporaryDirectory() + "/forms.tests.yaml"
        // Line 9: `      score: ` is 13 characters (value at column 14); line 10, `      ratio: ` likewise; line 11,
        // `      indicators: {flag: ` is 25 characters, the opening quote at column 26.
        try Fixtures.write("""
            \(Fixtures.miniTestsHead)
              - name: formas
                assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                expect:
                  score: nan
                  ratio: inf
                  indicators: {flag: "true"}

            """, to: file)
        let (_, found) = RuleTestLoader.load(file: file)
        #expect(found.map(\.code) == ["type_mismatch", "type_mismatch", "type_mismatch"])
        #expect(found.map { [$0.range?.start.line, $0.range?.start.column] } == [[9, 14], [10, 14], [11, 26]])
        #expect(found.map(\.message.en) == [
            "expected a number or ~ (none)", "expected a number or ~ (none)", "expected true, false, a number or ~ (no value)",
        ])
    }
}
