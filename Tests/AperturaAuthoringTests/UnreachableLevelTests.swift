import AperturaAuthoring
import AperturaSource
import Testing

/// A level that no score can be given is an error of the policy: a threshold above the highest score
/// (scores of `weighted_rules` go from 0 to 1), or a level before it that every score already reaches.
@Suite struct UnreachableLevelTests {
    /// Lints the mini rule set with the mini policy edited (levels: alto above 0.8 on line 27, medio
    /// at_least 0.5 on line 30, bajo); only the `level_unreachable` diagnostics.
    private func lint(_ replacements: [(String, String)]) throws -> (found: [Diagnostic], fails: Bool, file: String) {
        let file = try Fixtures.editedMiniPolicy(replacements)
        let result = Fixtures.lintWithMiniRules(file)
        return (result.diagnostics.filter { $0.code == "level_unreachable" }, result.fails(strict: false), file)
    }

    @Test func aboveOneHalfIsUnreachable() throws {
        // `    above: 1.5`: the value at column 12.
        let (found, fails, file) = try lint([("above: 0.8", "above: 1.5")])
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.range?.start == SourceLocation(file: file, line: 27, column: 12))
        #expect(found.first?.message.en == "no score reaches level 'alto': scores go from 0 to 1")
        #expect(fails)
    }

    @Test func atLeastJustAboveOneIsUnreachable() throws {
        // `    at_least: 1.01`: the value at column 15.
        let (found, _, file) = try lint([("above: 0.8", "at_least: 1.01")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 27, column: 15)])
    }

    @Test func aboveOneIsUnreachableButAtLeastOneIsNot() throws {
        #expect(try lint([("above: 0.8", "above: 1")]).found.count == 1)
        #expect(try lint([("above: 0.8", "at_least: 1")]).found.isEmpty)
    }

    @Test func aLevelEveryScoreReachesLeavesTheNextOnesUnreachable() throws {
        // medio `at_least: 0` (line 30, value at column 15) takes every score: bajo is never given.
        let (found, fails, file) = try lint([("at_least: 0.5", "at_least: 0")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 30, column: 15)])
        #expect(found.first?.message.en == "every score reaches level 'medio': level 'bajo' is never given")
        #expect(fails)
    }

    @Test func theScoreOfTheIndicatorModelGoesOverItsUnit() throws {
        // `share` is a ratio (0 to 1); `broken` a count, with no highest value.
        let ratio = try lint([("  model: weighted_rules\n", "  model: indicator\n  indicator: share\n"), ("above: 0.8", "above: 1.5")])
        #expect(ratio.found.map(\.range?.start.line) == [28])
        let count = try lint([("  model: weighted_rules\n", "  model: indicator\n  indicator: broken\n"), ("above: 0.8", "above: 150")])
        #expect(count.found.isEmpty)
    }

    @Test func theCodeIsInTheGuidesTable() {
        #expect(LintCatalog.entries.contains { $0.code == "level_unreachable" && $0.severity == "error" })
    }

    @Test func theBundledPoliciesHaveNoUnreachableLevel() {
        let result = Linter.lint(paths: [Fixtures.path("Rules"), Fixtures.path("Policies")])
        #expect(!result.diagnostics.contains { $0.code == "level_unreachable" })
    }
}
