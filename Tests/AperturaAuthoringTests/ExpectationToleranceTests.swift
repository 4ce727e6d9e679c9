import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// How a case's numbers and booleans are compared: within the file's `tolerance` (default 0.0001, both
/// ends included, so `tolerance: 0` demands the exact value), for the ratio and for indicators alike; a
/// boolean indicator must be the very value. Values worked out by hand for the mini municipio in p1 (as of
/// 2026-06-30): r = b.r = 0.4; share = 2 items ok of 4 = 0.5; flag = true; ratio = 3 rules met of the 6
/// that apply = 0.5 (see Tests/Fixtures/tests/no-score.tests.yaml).
@Suite struct ExpectationToleranceTests {
    /// A test file of the mini rules with `tolerance` (none: the default) and one case per (name, expect).
    private func run(tolerance: String?, _ cases: [(String, String)]) throws -> RuleTestRun {
        let file = try Fixtures.temporaryDirectory() + "/mini.tests.yaml"
        var text = """
            kind: tests
            rules: \(Fixtures.path("Tests/Fixtures/mini/rules"))
            policy: \(Fixtures.path("Tests/Fixtures/mini/policy.yaml"))
            as_of: 2026-06-30

            """
        if let tolerance { text += "tolerance: \(tolerance)\n" }
        text += "cases:\n"
        for (name, expect) in cases {
            text += "  - name: \(name)\n    assessment: \(Fixtures.path("Tests/Fixtures/mini/municipio.yaml"))\n    expect: \(expect)\n"
        }
        try Fixtures.write(text, to: file)
        let run = RuleTestRunner.run(paths: [file])
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map { $0.rendered(.en) })")
        return run
    }

    private func failures(_ run: RuleTestRun) -> [[String]] {
        run.results.map { $0.failures.map { $0.message.text(.en) } }
    }

    @Test func aZeroToleranceAcceptsTheExactValues() throws {
        let run = try run(tolerance: "0", [("exactos", "{ratio: 0.5, indicators: {r: 0.4, share: 0.5, flag: true}}")])
        #expect(failures(run) == [[]])
    }

    @Test func theFilesToleranceHoldsForTheRatioAndForIndicators() throws {
        // 0.45 is 0.05 from both 0.5 and 0.4: inside a tolerance of 0.1.
        let run = try run(tolerance: "0.1", [("cerca", "{ratio: 0.45, indicators: {r: 0.45}}")])
        #expect(failures(run) == [[]])
    }

    @Test func theDefaultToleranceIsOneTenThousandth() throws {
        // 0.4005 is 0.0005 from 0.4: outside 0.0001. 0.40005 is inside.
        let run = try run(tolerance: nil, [("fuera", "{indicators: {r: 0.4005}}"), ("dentro", "{indicators: {r: 0.40005}}")])
        #expect(failures(run) == [["indicator 'r': expected 0.4005, got 0.4"], []])
    }

    @Test func aWrongRatioOrBooleanFails() throws {
        let run = try run(tolerance: nil, [("razón", "{ratio: 0.6}"), ("bandera", "{indicators: {flag: false}}")])
        #expect(failures(run) == [["ratio: expected 0.6, got 0.5"], ["indicator 'flag': expected false, got true"]])
    }
}
