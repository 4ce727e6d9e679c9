import AperturaAuthoring
import Foundation
import Testing

/// A rule uses an indicator that its `check` or its `applies_to.when` names (`indicators.x`), not only the
/// one it judges: such an indicator is not `unused_indicator`. Lint used to warn "no rule uses indicator"
/// about it, which `--strict` made a failure, although the rule reads it when evaluated.
@Suite struct UnusedIndicatorInExpressionTests {
    /// The mini rules (where no rule uses doubled or after_broken) with rules.yaml edited: the unused indicators.
    private func unused(_ replacements: [(String, String)]) throws -> [String] {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", replacements), to: rules + "/rules.yaml")
        return Linter.lint(paths: [rules]).diagnostics.filter { $0.code == "unused_indicator" }.map { $0.message.text(.en) }
    }

    @Test func anIndicatorNamedInACheckIsUsed() throws {
        let found = try unused([("    check: a.n >= 0 && size(a.items) <= a.n + 10", "    check: a.n >= 0 && indicators.doubled > 0.5")])
        #expect(found == ["no rule uses indicator 'after_broken'"])
    }

    @Test func anIndicatorNamedInAWhenIsUsed() throws {
        let found = try unused([("      when: \"institution.population >= 70000\"", "      when: \"indicators.after_broken >= 0.0\"")])
        #expect(found == ["no rule uses indicator 'doubled'"])
    }

    @Test func withoutThoseNamesBothAreUnused() throws {
        #expect(try unused([]) == ["no rule uses indicator 'doubled'", "no rule uses indicator 'after_broken'"])
    }
}
