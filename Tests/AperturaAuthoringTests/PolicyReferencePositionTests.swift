import AperturaAuthoring
import AperturaSource
import Testing

/// An unknown objective or indicator that a policy names is reported where the policy names it, not at
/// the start of the file.
@Suite struct PolicyReferencePositionTests {
    /// Lints the mini rule set with the mini policy edited; only the `unknown_reference` diagnostics.
    private func unknownReferences(_ replacements: [(String, String)], appending tail: String = "") throws -> ([Diagnostic], String) {
        let file = try Fixtures.editedMiniPolicy(replacements, appending: tail)
        let result = Fixtures.lintWithMiniRules(file)
        #expect(result.fails(strict: false))
        return (result.diagnostics.filter { $0.code == "unknown_reference" }, file)
    }

    @Test func anUnknownObjectiveWeightIsReportedAtItsKey() throws {
        // objective_weights on line 24; `o3` on line 26, column 5.
        let weights = "  objective_weights:\n    o1: 1\n    o3: 2\n"
        let (found, file) = try unknownReferences([("levels:\n", weights + "levels:\n")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 26, column: 5)])
        #expect(found.first?.message.en == "objective 'o3' does not exist in rule set 'mini'")
        #expect(found.first?.help != nil)
    }

    @Test func anUnknownScoringIndicatorIsReportedAtItsValue() throws {
        // `indicator: shar` on line 22, the value at column 14.
        let (found, file) = try unknownReferences([("  model: weighted_rules\n", "  model: indicator\n  indicator: shar\n")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 22, column: 14)])
        #expect(found.first?.help?.en == "did you mean 'share'?")
    }

    @Test func anUnknownQuadrantIndicatorIsReportedAtItsValue() throws {
        // The policy has 32 lines: `quadrants:` is line 33, `x: share` 34, `y: rr` 35 (value at column 6).
        let quadrants = """
            quadrants:
              x: share
              y: rr
              threshold: 0.5
              names: {high_high: A, high_low: B, low_high: C, low_low: D}

            """
        let (found, file) = try unknownReferences([], appending: quadrants)
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 35, column: 6)])
        #expect(found.first?.message.es == "indicador «rr» no existe en el conjunto de reglas «mini»")
    }
}
