import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `diff` of a version whose expressions do not compile says so (exit 65) instead of listing its changes as
/// if it were valid: it used to exit 0 when no self-assessments were given.
@Suite struct DiffVersionsTests {
    /// A copy of the mini rules whose check reads a field the form does not have (`a.m`): line 60; the
    /// unknown field is reported at its name, column 14.
    private func brokenCopy() throws -> String {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        let rules = try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [("check: a.n >= 0", "check: a.m >= 0")])
        try Fixtures.write(rules, to: dir + "/rules/rules.yaml")
        return dir
    }

    @Test func aVersionThatDoesNotCompileIsReported() throws {
        let dir = try brokenCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (versions, diagnostics) = DiffVersions.load(from: Fixtures.path("Tests/Fixtures/mini/rules"), to: dir + "/rules")
        #expect(versions == nil)
        let errors = diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == ["expr_unknown_field"])
        #expect(errors.map(\.range?.start) == [SourceLocation(file: dir + "/rules/rules.yaml", line: 60, column: 14)])
    }

    /// Two different rule sets are not two versions of one: an error at the new one's `kind: ruleset`, not a
    /// list of every phase, rule and field as "changed" with exit 0.
    @Test func twoDifferentRuleSetsAreRefused() {
        let (versions, diagnostics) = DiffVersions.load(from: Fixtures.path("Rules/pai"), to: Fixtures.path("Rules/mga"))
        #expect(versions == nil)
        #expect(diagnostics.map(\.code) == ["rule_set_mismatch"])
        #expect(diagnostics.first?.message.text(.en) == "--from is rule set 'pai' and --to is 'mga': diff compares two versions of one rule set")
        #expect(diagnostics.first?.range?.file == Fixtures.path("Rules/mga/ruleset.yaml"))
    }

    @Test func twoValidVersionsLoad() throws {
        let mini = Fixtures.path("Tests/Fixtures/mini/rules")
        let (versions, diagnostics) = DiffVersions.load(from: mini, to: mini)
        #expect(versions?.old.info.id == "mini")
        #expect(versions?.new.info.id == "mini")
        #expect(diagnostics.filter(\.isError).isEmpty)
    }

    @Test func theCommandExitsWithInvalidInput() throws {
        guard CommandTests.available else { return }
        let dir = try brokenCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try CommandTests.run(["diff", "--from", "Tests/Fixtures/mini/rules", "--to", dir + "/rules", "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.output.contains("rules.yaml:60:14: error[expr_unknown_field]"))
    }
}
