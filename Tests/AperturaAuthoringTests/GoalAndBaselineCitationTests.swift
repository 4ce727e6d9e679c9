import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A rule's goals and an indicator's baseline cite their sources like everything else: a blank `section`
/// there is `missing_citation`, and a source cited only there is cited (no `unused_source`).
@Suite struct GoalAndBaselineCitationTests {
    /// r_share's p1 goal cites on rules.yaml line 21; r's baseline on indicators.yaml line 28.
    private static let goalCitation = "        target: 0.5\n        source: {ref: s1, section: \"Uno\"}"
    private static let baselineCitation = "baseline: {value: 0.25, year: 2020, source: {ref: s1, section: \"Dos\"}}"

    /// A copy of the mini rules with the goal's and the baseline's citations replaced, and `sources` extended.
    private func lint(goal: String, baseline: String, sources: String = "") throws -> (found: [Diagnostic], rules: String) {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [
            (Self.goalCitation, "        target: 0.5\n        source: \(goal)"),
        ]), to: rules + "/rules.yaml")
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/indicators.yaml", [
            (Self.baselineCitation, "baseline: {value: 0.25, year: 2020, source: \(baseline)}"),
        ]), to: rules + "/indicators.yaml")
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/ruleset.yaml", [
            ("    title: \"Documento de prueba\"\n", "    title: \"Documento de prueba\"\n" + sources),
        ]), to: rules + "/ruleset.yaml")
        return (Linter.lint(paths: [rules]).diagnostics, rules)
    }

    @Test func aBlankSectionInAGoalOrABaselineIsAMissingCitation() throws {
        // rules.yaml line 21: `        source: {ref: s1, section: ` is 35 characters, the section at column 36.
        // indicators.yaml line 28: `    baseline: {value: 0.25, year: 2020, source: {ref: s1, section: ` is 67, column 68.
        let (found, rules) = try lint(goal: "{ref: s1, section: \" \"}", baseline: "{ref: s1, section: \"\"}")
        let missing = found.filter { $0.code == "missing_citation" }
        #expect(missing.map(\.severity) == [.error, .error])
        #expect(missing.map(\.range?.start) == [
            SourceLocation(file: rules + "/indicators.yaml", line: 28, column: 68),
            SourceLocation(file: rules + "/rules.yaml", line: 21, column: 36),
        ])
        #expect(missing.map(\.message.en) == Array(repeating: "the citation of 's1' names no section of the document", count: 2))
    }

    @Test func aSourceCitedOnlyByAGoalOrABaselineIsUsed() throws {
        // s2 is cited only by the goal, s3 only by the baseline; s4 by nothing.
        let sources = "  - id: s2\n    title: \"Dos\"\n  - id: s3\n    title: \"Tres\"\n  - id: s4\n    title: \"Cuatro\"\n"
        let (found, _) = try lint(goal: "{ref: s2, section: \"Uno\"}", baseline: "{ref: s3, section: \"Dos\"}", sources: sources)
        let unused = found.filter { $0.code == "unused_source" }
        #expect(unused.map(\.message.en) == ["no citation names source 's4'"])
        #expect(unused.map(\.severity) == [.note])
        #expect(!found.contains { $0.code == "missing_citation" })
    }
}
