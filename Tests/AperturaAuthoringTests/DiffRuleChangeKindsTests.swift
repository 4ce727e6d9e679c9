import AperturaAuthoring
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// Each kind of change `diff` names, one edit at a time to a copy of the mini rules
/// (Tests/Fixtures/mini/rules), with the old and new values it must report. A change of meaning that the
/// diff left out would let an author believe two versions judge alike.
@Suite struct DiffRuleChangeKindsTests {
    static let mini = "Tests/Fixtures/mini/rules"

    /// The mini rules with `replacements` made in `file` (one of the rule set's files), loaded.
    static func edited(_ file: String, _ replacements: [(String, String)]) throws -> RuleSet {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path(mini), toPath: dir + "/rules")
        try Fixtures.write(try Fixtures.edited("\(mini)/\(file)", replacements), to: dir + "/rules/\(file)")
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: dir + "/rules")
        let errors = diagnostics.sorted.filter { $0.isError }
        #expect(errors.isEmpty, "\(errors.map(\.code))")
        return try #require(ruleSet)
    }

    static func original() throws -> RuleSet { try #require(RuleSetLoader.load(directory: Fixtures.path(mini)).0) }

    /// The changes as `kind subject old > new` ("-" for none).
    static func changes(_ file: String, _ replacements: [(String, String)]) throws -> [String] {
        RuleSetDiff.compare(try original(), try edited(file, replacements)).map { "\($0.kind) \($0.subject) \($0.old ?? "-") > \($0.new ?? "-")" }
    }

    /// r_share's goal for p1 is "at least 0.5"; `strict: true` makes it "more than 0.5": a share of exactly
    /// 0.5 (the mini municipio's 2 of 4) went from met to not met, which the diff did not say.
    @Test func aGoalMadeStrictIsAChange() throws {
        let changes = try Self.changes("rules.yaml", [("        target: 0.5\n", "        target: 0.5\n        strict: true\n")])
        #expect(changes == ["goal_changed r_share.p1 0.5 (official) > 0.5 strict (official)"])
    }

    @Test func goalAddedRemovedAndStatusChanged() throws {
        // r_p2only gains a p1 goal; r_share loses its p2 goal; r_r's p1 goal becomes proposed.
        let added = try Self.changes("rules.yaml", [(
            "    name: {es: Sólo fase 2, en: Phase 2 only}\n    goals:\n",
            "    name: {es: Sólo fase 2, en: Phase 2 only}\n    goals:\n      - phase: p1\n        target: 0.7\n        source: {ref: s1, section: \"Uno\"}\n")])
        #expect(added == ["goal_added r_p2only.p1 - > 0.7 (official)"])
        let removed = try Self.changes("rules.yaml", [("      - phase: p2\n        target: 0.8\n        source: {ref: s1, section: \"Uno\"}\n", "")])
        #expect(removed == ["goal_removed r_share.p2 0.8 (official) > -"])
        let proposed = try Self.changes("rules.yaml", [(
            "        target: 0.6\n        source: {ref: s1, section: \"Dos\"}\n",
            "        target: 0.6\n        status: proposed\n        rationale: {es: Prueba, en: Test}\n")])
        #expect(proposed == ["goal_changed r_r.p1 0.6 (official) > 0.6 (proposed)"])
    }

    @Test func ruleIndicatorObjectiveAndEvidence() throws {
        let indicator = try Self.changes("rules.yaml", [("  - id: r_when\n    indicator: r\n", "  - id: r_when\n    indicator: doubled\n")])
        #expect(indicator == ["rule_indicator_changed r_when r > doubled"])
        let objective = try Self.changes("rules.yaml", [("    objective: o2\n    name: {es: Número no negativo", "    objective: o1\n    name: {es: Número no negativo")])
        #expect(objective == ["objective_changed r_check o2 > o1"])
        let evidence = try Self.changes("rules.yaml", [("    evidence: [a.acta]\n", "")])
        #expect(evidence == ["evidence_changed r_flag a.acta > "])
    }

    @Test func checkAndItsPhases() throws {
        let check = try Self.changes("rules.yaml", [("check: a.n >= 0 && size(a.items) <= a.n + 10", "check: a.n >= 1 && size(a.items) <= a.n + 10")])
        #expect(check == ["check_changed r_check a.n >= 0 && size(a.items) <= a.n + 10 > a.n >= 1 && size(a.items) <= a.n + 10"])
        let phases = try Self.changes("rules.yaml", [("    check: a.n >= 0 && size(a.items) <= a.n + 10\n", "    check: a.n >= 0 && size(a.items) <= a.n + 10\n    phases: [p2]\n")])
        #expect(phases == ["check_phases_changed r_check * > p2"])
    }

    /// Orders of government added to a rule's scope.
    @Test func ordersAddedToTheScope() throws {
        let changes = try Self.changes("rules.yaml", [("    applies_to: {kinds: [municipio]}\n", "    applies_to: {kinds: [municipio], orders: [municipal]}\n")])
        #expect(changes == ["applicability_changed r_r kinds: municipio > orders: municipal; kinds: municipio"])
    }

    /// The text output says a scope and a goal in words of its language, orders and kinds federal first (the model's
    /// order, as `explain` lists them); CSV and JSON keep the values above (ids sorted), the same in every language.
    @Test func textSaysScopeAndGoalInItsLanguage() throws {
        let new = try Self.edited("rules.yaml", [
            ("    applies_to: {kinds: [municipio]}\n", "    applies_to: {kinds: [municipio, ejecutivo_estatal], orders: [municipal, estatal, federal]}\n"),
            ("        target: 0.6\n", "        target: 0.7\n        status: proposed\n        rationale: {es: Prueba, en: Test}\n"),
        ])
        let report = DiffReport(from: "a", to: "b", asOf: nil, changes: RuleSetDiff.compare(try Self.original(), new).map {
            var change = $0
            change.range = nil
            return change
        }, impact: [], problems: [])
        #expect(DiffRenderer.render(report, format: .text, language: .es) == """
            Cambios de a a b:
              applicability_changed r_r: tipos: municipio → órdenes: federal, estatal, municipal; tipos: ejecutivo_estatal, municipio
              goal_changed r_r.p1: 0.6 (oficial) → 0.7 (propuesta)

            """)
        #expect(DiffRenderer.render(report, format: .text, language: .en).contains(
            "applicability_changed r_r: kinds: municipio → orders: federal, estatal, municipal; kinds: ejecutivo_estatal, municipio\n  goal_changed r_r.p1: 0.6 (official) → 0.7 (proposed)\n"))
        let csv = DiffRenderer.render(report, format: .csv, language: .es)
        #expect(csv.contains("change,applicability_changed,r_r,,kinds: municipio,\"orders: estatal, federal, municipal; kinds: ejecutivo_estatal, municipio\",,,,\r\n"))
        #expect(csv.contains("change,goal_changed,r_r.p1,,0.6 (official),0.7 (proposed),,,,\r\n"))
        #expect(!DiffRenderer.render(report, format: .json, language: .es).contains("shown"))
    }

    /// A form field's type and whether it is required both change what an answer must be.
    @Test func formFields() throws {
        let required = try Self.changes("form.yaml", [("        prompt: {es: Número, en: Number}\n", "        prompt: {es: Número, en: Number}\n        required: false\n")])
        #expect(required == ["field_changed a.n integer > integer (optional)"])
        let added = try Self.changes("form.yaml", [("        prompt: {es: Razón, en: Ratio}\n", "        prompt: {es: Razón, en: Ratio}\n      - id: nota\n        type: text\n        prompt: {es: Nota, en: Note}\n")])
        #expect(added == ["field_added b.nota - > b.nota"])
    }

    /// An indicator whose direction turns (more is better, now less is better) judges every goal the other way.
    @Test func indicatorDirection() throws {
        let direction = try Self.changes("indicators.yaml", [("    unit: count\n    class: management\n    periodicity: annual\n    value: a.n / 0\n",
                                                            "    unit: count\n    direction: decrease\n    class: management\n    periodicity: annual\n    value: a.n / 0\n")])
        #expect(direction == ["indicator_unit_changed broken count increase > count decrease"])
    }

    /// Phase p2 taken out of the rule set, with the goals set for it (r_share's; r_p2only, which had no other, goes):
    /// r_share's p2 goal is reported removed although p2 is no longer among the new version's phases.
    @Test func phaseRemovedWithItsGoals() throws {
        let dir = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path(Self.mini), toPath: dir + "/rules")
        try Fixtures.write(try Fixtures.edited("\(Self.mini)/ruleset.yaml", [("  - id: p2\n    name: {es: Fase 2, en: Phase 2}\n", "")]), to: dir + "/rules/ruleset.yaml")
        let rules = try Fixtures.edited("\(Self.mini)/rules.yaml", [
            ("      - phase: p2\n        target: 0.8\n        source: {ref: s1, section: \"Uno\"}\n", ""),
            ("""
              - id: r_p2only
                indicator: share
                name: {es: Sólo fase 2, en: Phase 2 only}
                goals:
                  - phase: p2
                    target: 0.9
                    source: {ref: s1, section: "Uno"}
                remediation: {es: Más, en: More}
                source: {ref: s1, section: "Uno"}

            """, ""),
        ])
        try Fixtures.write(rules, to: dir + "/rules/rules.yaml")
        let (loaded, diagnostics) = RuleSetLoader.load(directory: dir + "/rules")
        let new = try #require(loaded, "\(diagnostics.sorted.map(\.code))")
        let changes = RuleSetDiff.compare(try Self.original(), new).map { "\($0.kind) \($0.subject) \($0.old ?? "-") > \($0.new ?? "-")" }
        #expect(Set(changes) == ["phase_removed p2 p2 > -", "rule_removed r_p2only r_p2only > -", "goal_removed r_share.p2 0.8 (official) > -"])
    }

    @Test func phaseAdded() throws {
        let phase = try Self.changes("ruleset.yaml", [("    name: {es: Fase 2, en: Phase 2}\n", "    name: {es: Fase 2, en: Phase 2}\n  - id: p3\n    name: {es: Fase 3, en: Phase 3}\n")])
        #expect(phase == ["phase_added p3 - > p3"])
    }
}
