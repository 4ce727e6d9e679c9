@testable import AperturaBatch
import AperturaEngine
import AperturaModel
import Foundation
import Testing

/// Each job's own evaluator is loaded again from the rule files; when they no longer say what the first
/// load read, the job shares the first evaluator rather than judge by other rules.
@Suite struct WorkerCopyTests {
    /// The first goal of the rule set: a class, so its identity tells a separate load from a shared one.
    static func firstGoal(_ worker: BatchWorker) -> Goal? {
        for rule in worker.evaluator.compiled.ruleSet.rules {
            if case .goal(_, let goals, _) = rule.body, let goal = goals.first { return goal }
        }
        return nil
    }

    @Test func aJobGetsItsOwnCopyUnlessTheRulesChanged() throws {
        let dir = Fixtures.temporaryDirectory("worker-copy")
        let rules = dir + "/pai", policy = dir + "/politica.yaml"
        try FileManager.default.copyItem(atPath: Fixtures.paiRules, toPath: rules)
        try FileManager.default.copyItem(atPath: Fixtures.paiPolicy, toPath: policy)
        let evaluator = try #require(Workspace.load(rules: rules, policy: policy).0)
        let worker = BatchWorker(evaluator: evaluator, asOf: Fixtures.asOf,
                                 layout: BatchLayout(evaluator: evaluator),
                                 language: .es, perInstitution: nil)
        let goal = try #require(Self.firstGoal(worker))

        let copy = worker.separateCopy(rules: rules, policy: policy)
        let copied = try #require(Self.firstGoal(copy))
        #expect(copied !== goal, "a separate load")
        #expect(copied == goal, "of the same rules")

        // A goal changed on disk since the first load: the job shares the first evaluator.
        let file = rules + "/rules/participacion.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "target: 0.8", with: "target: 0.9").write(toFile: file, atomically: true, encoding: .utf8)
        let shared = worker.separateCopy(rules: rules, policy: policy)
        #expect(Self.firstGoal(shared) === goal)
    }
}
