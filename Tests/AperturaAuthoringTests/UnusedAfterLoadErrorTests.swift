import AperturaAuthoring
import Foundation
import Testing

/// A rule that could not be read, or that names its indicator wrongly, leaves that indicator with no rule:
/// `unused_indicator` then only repeated the load error ("add a rule that judges it" for an indicator that has
/// one). Lint leaves the unused checks until the rule set loads cleanly, as it does the expression compiler.
@Suite struct UnusedAfterLoadErrorTests {
    /// The mini rule set with `rules.yaml` edited; its lint diagnostics' codes.
    private func lintMini(rules replacements: [(String, String)]) throws -> [String] {
        let dir = try Fixtures.temporaryDirectory()
        for file in ["ruleset.yaml", "form.yaml", "indicators.yaml"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules/\(file)"), toPath: "\(dir)/\(file)")
        }
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", replacements), to: "\(dir)/rules.yaml")
        return Linter.lint(paths: [dir]).diagnostics.map(\.code)
    }

    @Test func aCleanRuleSetStillReportsItsUnusedIndicators() throws {
        // mini: `doubled` and `after_broken` are judged by no rule.
        #expect(try lintMini(rules: []).filter { $0 == "unused_indicator" }.count == 2)
    }

    @Test func aMisspeltKeyInARuleIsOneErrorNotAlsoAnUnusedIndicator() throws {
        let codes = try lintMini(rules: [("    remediation: {es: Suba el acta", "    remediaton: {es: Suba el acta")])
        #expect(codes.contains("unknown_key"))
        #expect(!codes.contains("unused_indicator"), "\(codes)")
    }

    @Test func aMisspeltIndicatorIdIsNotAlsoAnUnusedIndicator() throws {
        let codes = try lintMini(rules: [("    indicator: flag\n", "    indicator: flga\n")])
        #expect(codes.contains("unknown_reference"))
        #expect(!codes.contains("unused_indicator"), "\(codes)")
    }
}
