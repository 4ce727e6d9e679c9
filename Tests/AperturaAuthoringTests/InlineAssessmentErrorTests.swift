import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A self-assessment with an error is not evaluated as far as it could be read: the case fails at the
/// error, even when what it expects would otherwise hold (r_r is not met either way: 0.4 < 0.6).
@Suite struct InlineAssessmentErrorTests {
    @Test func aCaseWhoseAssessmentHasAnErrorFailsThere() throws {
        let file = try Fixtures.temporaryDirectory() + "/inline.tests.yaml"
        // Line 12: `        a: {flag: true, acta: [], n: 3, items: [], ` is 51 characters: the unknown field at column 52.
        try Fixtures.write("""
            \(Fixtures.miniTestsHead)
              - name: ilegible
                assessment:
                  apertura: 1
                  rule_set: mini
                  institution: {id: M-1, name: M, kind: municipio, order: municipal, state: jalisco, population: 100000}
                  answers:
                    a: {flag: true, acta: [], n: 3, items: [], sobra: 1}
                    b: {r: 0.4}
                expect: {outcomes: {r_r: not_met}}

            """, to: file)
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.diagnostics.isEmpty)
        let failures = run.results.flatMap(\.failures)
        #expect(run.failedCount == 1)
        #expect(failures.map(\.range.start) == [SourceLocation(file: file, line: 12, column: 52)])
        #expect(failures.first?.message.text(.en).hasPrefix("the self-assessment could not be read: ") == true)
    }
}
