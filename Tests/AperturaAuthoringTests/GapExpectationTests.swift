import AperturaAuthoring
import Foundation
import Testing

/// `gaps` states exactly which rules are in the gap list, in any order: the same number of different
/// rules fails, naming what is over and what is missing. The mini municipio in p1 has three gaps, worked
/// out by hand: r_flag (missing evidence), r_r (0.4 < 0.6, not met) and r_err (an error); r_share is met.
@Suite struct GapExpectationTests {
    private func failures(_ gaps: String) throws -> [String] {
        let file = try Fixtures.temporaryDirectory() + "/mini.tests.yaml"
        try Fixtures.write("""
            \(Fixtures.miniTestsHead)
              - name: brechas
                assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))
                expect: {gaps: \(gaps)}

            """, to: file)
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.diagnostics.isEmpty)
        #expect(run.results.count == 1)
        return run.results.flatMap(\.failures).map { $0.message.text(.en) }
    }

    @Test func theSameRulesInAnotherOrderPass() throws {
        #expect(try failures("[r_err, r_r, r_flag]") == [])
    }

    @Test func asManyRulesButNotTheSameFail() throws {
        #expect(try failures("[r_flag, r_share, r_err]") == ["different gaps: unexpected [r_r], missing [r_share]"])
    }
}
