import AperturaBatch
import AperturaModel
import Foundation
import Testing

/// `--rules` with no `--policy`, and inputs that name no rule set to go by: the policy is the one for the rule set
/// the folder declares, whatever the folder is called (a copy of Rules/mga named otherwise got the PAI policy, and
/// the run stopped on the mismatch instead of reporting its inputs).
@Suite struct RenamedRuleSetFolderTests {
    @Test func theDeclaredRuleSetPicksThePolicy() throws {
        let dir = Fixtures.temporaryDirectory("renamed-rules")
        let rules = dir + "/reglas-copia"
        try FileManager.default.copyItem(atPath: Fixtures.mgaRules, toPath: rules)
        // One input whose rule set cannot be read ahead: a YAML syntax error on its first line.
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        Fixtures.write("apertura: [1\n", dir + "/in/roto.yaml")
        let out = dir + "/out"
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/in"], outputDirectory: out, rules: rules, policy: nil,
                                                      asOf: try #require(Day("2017-02-28")), jobs: 1))
        #expect(!result.setupDiagnostics.contains { $0.isError }, "\(result.setupDiagnostics.map { $0.rendered(.en) })")
        let summary = try #require(result.summary)
        #expect(summary.policy.id == "mga_2017")
        #expect(summary.counts.invalid == 1 && summary.counts.evaluated == 0)
    }
}
