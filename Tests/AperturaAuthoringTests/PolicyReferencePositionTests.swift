import AperturaAuthoring
import AperturaEngine
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

/// Unknown references in applicability entries, waivers, the calendar and citations are reported at the
/// value that names them, not at the start of the entry.
@Suite struct PolicyEntryReferencePositionTests {
    private func lint(_ replacements: [(String, String)], appending tail: String = "", code: String = "unknown_reference")
        throws -> ([Diagnostic], String) {
        let file = try Fixtures.editedMiniPolicy(replacements, appending: tail)
        let result = Fixtures.lintWithMiniRules(file)
        #expect(result.fails(strict: false))
        return (result.diagnostics.filter { $0.code == code }, file)
    }

    @Test func unknownObjectivesAndRulesOfAnApplicabilityEntryAreReportedAtEachValue() throws {
        // The policy has 32 lines. Line 34: `  - objectives: [o1, o9]`, o9 at column 22; line 37: `      - r_flagg`,
        // the value at column 9.
        let (found, file) = try lint([], appending: """
            applicability:
              - objectives: [o1, o9]
                rules:
                  - r_flag
                  - r_flagg
                applies_to: {kinds: [municipio]}

            """)
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 34, column: 22), SourceLocation(file: file, line: 37, column: 9)])
        #expect(found.map(\.message.en) == ["objective 'o9' does not exist in rule set 'mini'", "rule 'r_flagg' does not exist in rule set 'mini'"])
        #expect(found.last?.help?.en == "did you mean 'r_flag'?")
    }

    @Test func anUnknownKindOrOrderOfAnApplicabilityEntryIsReportedAtItsValue() throws {
        // Line 35: `    applies_to: {kinds: [municipo], orders: [federal, estatl]}`: municipo at column 26, estatl at 55.
        let (found, file) = try lint([], appending: """
            applicability:
              - rules: [r_flag]
                applies_to: {kinds: [municipo], orders: [federal, estatl]}

            """, code: "invalid_value")
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 35, column: 26), SourceLocation(file: file, line: 35, column: 55)])
    }

    @Test func anUnknownRuleOfAWaiverIsReportedAtItsValue() throws {
        // Line 35: `    rules: [r_share, r_nope]`, r_nope at column 22.
        let (found, file) = try lint([], appending: """
            waivers:
              - institution: SO-1
                rules: [r_share, r_nope]
                until: 2026-06-30
                reason: {es: Prueba, en: Test}

            """)
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 35, column: 22)])
        #expect(found.first?.message.es == "regla «r_nope» no existe en el conjunto de reglas «mini»")
    }

    @Test func anUnknownCalendarPhaseIsReportedAtItsValue() throws {
        // Line 15: `  - phase: p3`, the value at column 12.
        let (found, file) = try lint([("  - phase: p2", "  - phase: p3")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 15, column: 12)])
    }

    @Test func anUnknownSourceIsReportedAtItsRef() throws {
        // Line 13: `    source: {ref: s9, section: "x"}`, s9 at column 19.
        let (found, file) = try lint([("    status: proposed\n    rationale: {es: Prueba, en: Test}\n", "    source: {ref: s9, section: \"x\"}\n")])
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 13, column: 19)])
        #expect(found.first?.message.en == "source 's9' does not exist in rule set 'mini'")
    }

    @Test func anUnknownRuleSetIsReportedAtItsValue() throws {
        // Line 5: `rule_set: nada`, the value at column 11.
        let (found, file) = try lint([("rule_set: mini", "rule_set: nada")], code: "unknown_rule_set")
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 5, column: 11)])
    }
}

/// Evaluating with a policy written for another rule set, or with a condition that does not compile, points
/// into the policy at the value concerned.
@Suite struct PolicyWorkspacePositionTests {
    @Test func aPolicyForAnotherRuleSetIsReportedAtItsRuleSet() throws {
        // Line 5: `rule_set: otro`, the value at column 11.
        let file = try Fixtures.editedMiniPolicy([("rule_set: mini", "rule_set: otro")])
        let (evaluator, diagnostics) = Workspace.load(rules: Fixtures.path("Tests/Fixtures/mini/rules"), policy: file)
        #expect(evaluator == nil)
        let found = diagnostics.filter { $0.code == "rule_set_mismatch" }
        #expect(found.map(\.range?.start) == [SourceLocation(file: file, line: 5, column: 11)])
    }

    @Test func aConditionThatDoesNotCompileIsReportedInsideIt() throws {
        // Line 35: `    applies_to: {when: "a.nada"}`, the expression's text from column 23; `.nada` at column 24.
        let file = try Fixtures.editedMiniPolicy([], appending: """
            applicability:
              - rules: [r_flag]
                applies_to: {when: "a.nada"}

            """)
        let result = Fixtures.lintWithMiniRules(file)
        let found = result.diagnostics.filter(\.isError)
        #expect(found.count == 1)
        #expect(found.first?.range?.start.line == 35)
        #expect((found.first?.range?.start.column ?? 0) >= 23)
    }
}
