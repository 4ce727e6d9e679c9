import Foundation
import Testing

/// `diff` with self-assessments needs a policy: without --policy and with none in Policies/ for the rule set,
/// a usage error says so (the PAI policy used to be taken, reported twice as a rule set mismatch in its own
/// file); a policy's errors are printed once, not once per version.
@Suite struct DiffPolicyTests {
    private let mini = "Tests/Fixtures/mini/rules"

    @Test func noPolicyForTheRuleSetIsAUsageError() throws {
        guard CommandTests.available else { return }
        let result = try CommandTests.run(["diff", "--from", mini, "--to", mini, "Tests/Fixtures/mini/municipio.yaml",
                                           "--as-of", "2026-06-30", "--lang", "en"])
        #expect(result.status == 64)
        // Run from the package root, where the bundled Policies/ is.
        #expect(result.output.contains("--policy: no policy in 'Policies' evaluates rule set 'mini': give one"))
        #expect(!result.output.contains("rule_set_mismatch"))
    }

    @Test func aPolicyErrorIsPrintedOnce() throws {
        guard CommandTests.available else { return }
        // The mini policy with its second phase renamed p1: one duplicate_id.
        let policy = try Fixtures.editedMiniPolicy([("  - phase: p2", "  - phase: p1")])
        let result = try CommandTests.run(["diff", "--from", mini, "--to", mini, "Tests/Fixtures/mini/municipio.yaml",
                                           "--as-of", "2026-06-30", "--policy", policy, "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.output.components(separatedBy: "error[duplicate_id]").count - 1 == 1)
    }
}
