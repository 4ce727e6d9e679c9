import AperturaAuthoring
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// Population goals (Rules/pai/population.yaml) are compared like rules' goals, and what they aggregate too:
/// a goal that counted the institutions with a Committee installed and now counts those with a plural one
/// measures something else, even with the same targets.
@Suite struct DiffPopulationGoalTests {
    static func changes(_ replacements: [(String, String)]) throws -> [String] {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai"), toPath: dir + "/pai")
        try Fixtures.write(try Fixtures.edited("Rules/pai/population.yaml", replacements), to: dir + "/pai/population.yaml")
        let old = try #require(RuleSetLoader.load(directory: Fixtures.path("Rules/pai")).0)
        let (loaded, diagnostics) = RuleSetLoader.load(directory: dir + "/pai")
        let new = try #require(loaded, "\(diagnostics.sorted.map(\.code))")
        return RuleSetDiff.compare(old, new).map { "\($0.kind) \($0.subject) \($0.old ?? "-") > \($0.new ?? "-")" }
    }

    @Test func aTargetChanged() throws {
        #expect(try Self.changes([("        target: 0.3\n", "        target: 0.35\n")])
            == ["goal_changed comites_instalados.inicio 0.3 (proposed) > 0.35 (proposed)"])
    }

    @Test func whatItAggregatesChanged() throws {
        #expect(try Self.changes([("    rule: comite_instalado\n", "    rule: comite_integrado\n")])
            == ["population_goal_changed comites_instalados share_met comite_instalado increase > share_met comite_integrado increase"])
    }
}
