import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// The trace is the judge's own steps, reported as it takes them; its last step is the evaluation's outcome.
/// This checks, for every example and every rule, that the steps shown lead to that outcome.
@Suite struct TraceConsistencyTests {
    static func examples(for ruleSet: String) -> [String] {
        let folders = ["Examples", "Tests/Fixtures/diff/population", "Tests/Fixtures/explain"]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder))) ?? []).sorted()
                .filter { $0.hasSuffix(".yaml") }.map { Fixtures.path("\(folder)/\($0)") }
        }.filter { Workspace.ruleSetID(of: $0) == ruleSet }
    }

    @Test(arguments: [("pai", "Policies/pai-inicio.yaml", "2026-06-30"), ("pai", "Policies/pai-inicio.yaml", "2029-06-30"),
                      ("mga", "Policies/mga-2017.yaml", "2017-06-30")])
    func stepsLeadToTheOutcome(ruleSet: String, policy: String, asOf: String) throws {
        let evaluator = try #require(Workspace.load(rules: Fixtures.path("Rules/\(ruleSet)"), policy: Fixtures.path(policy)).0)
        var checked = 0
        for file in Self.examples(for: ruleSet) {
            let (assessments, _) = Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: false)
            guard let assessment = assessments.first else { continue }
            for rule in evaluator.compiled.ruleSet.rules {
                var events: [TraceEvent] = []
                let outcome = try #require(try evaluator.trace(assessment, asOf: Day(asOf)!, rule: rule.id) { events.append($0) })
                #expect(expected(from: events) == outcome.outcome.code, "\(file) \(rule.id)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// The outcome code the steps imply, read the way a person reads the explanation.
    func expected(from events: [TraceEvent]) -> String {
        for event in events {
            switch event {
            case .waiver: return "waived"
            case .scope(_, _, _, false, _): return "not_applicable"
            case .condition(_, .value("false"), _): return "not_applicable"
            case .condition(_, .missing, _): return "not_reported"
            case .condition(_, .error, _): return "error"
            case .phaseFilter(_, _, false): return "not_applicable"
            case .goal(nil, _): return "not_applicable"
            // A check that holds is met unless its evidence is missing (an `.evidence` event after it).
            case .check(_, .value(let value)): if value != "true" { return "not_met" }
            case .check(_, .missing): return "not_reported"
            case .check(_, .error): return "error"
            case .comparison(_, _, _, _, false): return "not_met"
            case .evidence(_, _, false): return "missing_evidence"
            default: continue
            }
        }
        // A goal rule whose indicator has no value: the last indicator event says why.
        let last = events.reversed().compactMap { event -> IndicatorResult? in
            if case .indicator(_, let result) = event { return result }
            return nil
        }.first
        switch last {
        case .notReported?: return "not_reported"
        case .error?: return "error"
        default: return "met"
        }
    }
}
