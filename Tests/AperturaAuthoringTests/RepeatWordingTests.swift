import AperturaAuthoring
import AperturaSource
import Testing

/// A repeated rule, source or phase was followed by «el primero está en …»: the Spanish must agree with the noun
/// (`la regla`, `la fuente`, `la fase`: «la primera»; `el indicador`, `el objetivo`: «el primero»).
@Suite struct RepeatWordingTests {
    private func repeatHelps(_ dir: String) -> [String: String] {
        let found = Linter.lint(paths: [dir]).diagnostics.filter { $0.code == "duplicate_id" }
        return Dictionary(found.map { (String($0.message.es.prefix { $0 != "«" }), $0.help?.es ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aRepeatedRuleIsFeminineAndARepeatedIndicatorMasculine() throws {
        // r_flag (line 3) renamed r_share, which the rule on line 15 also is; the indicator flag (line 3) renamed share
        // (line 11): the first of each is on line 3, its entry at column 5.
        let dir = try Fixtures.editedMiniRules("rules.yaml", [("  - id: r_flag\n", "  - id: r_share\n")])
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/indicators.yaml", [("  - id: flag\n", "  - id: share\n")]),
                           to: dir + "/indicators.yaml")
        let helps = repeatHelps(dir)
        #expect(helps["regla "] == "cambie este id o quite la entrada repetida: la primera está en \(dir)/rules.yaml:3:5")
        #expect(helps["indicador "] == "cambie este id o quite la entrada repetida: el primero está en \(dir)/indicators.yaml:3:5")
    }

    @Test func aPhaseRepeatedInTheCalendarIsFeminine() throws {
        let policy = try Fixtures.editedMiniPolicy([("  - phase: p2\n", "  - phase: p1\n")])
        let found = Fixtures.lintWithMiniRules(policy).diagnostics.filter { $0.code == "duplicate_id" }
        #expect(found.count == 1)
        #expect(found.first?.help?.es == "cambie este id o quite la entrada repetida: la primera está en \(policy):10:12")
    }
}
