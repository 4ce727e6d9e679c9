import AperturaBatch
import AperturaEngine
import AperturaLoader
import AperturaModel
import Foundation
import Testing

/// The outputs are byte-for-byte the same whatever the number of jobs; the generator is a function of its seed.
@Suite struct DeterminismTests {
    static func paiRuleSet() throws -> RuleSet {
        try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
    }

    @Test func oneJobAndTwoJobsWriteTheSameBytes() throws {
        let inputs = Fixtures.temporaryDirectory("population")
        // More files than one window of two jobs, so several windows are reordered.
        try PopulationWriter.write(PopulationGenerator(ruleSet: Self.paiRuleSet(), seed: 11), count: 300, to: inputs, stream: false)
        Fixtures.write("apertura: [", inputs + "/zz-broken.yaml")
        var outputs: [String] = []
        for jobs in [1, 2] {
            let out = Fixtures.temporaryDirectory("jobs\(jobs)")
            let result = try BatchRunner.run(BatchOptions(inputs: [inputs] + Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                                          policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: jobs, perInstitution: .json))
            #expect(result.summary?.counts.evaluated == 312)  // 300 generated + the 12 PAI examples
            #expect(result.summary?.counts.invalid == 1)
            outputs.append(out)
        }
        // Reports are numbered in the order evaluated: the 300 generated files (000001 to 000300; the broken one is not
        // evaluated), then the 12 examples in name order, the last of them universidad-queretaro: 300 + 12 = 312.
        for name in ["results.csv", "errors.csv", "summary.json", "report.html", "institutions/000312-SO-QRO-00077.json"] {
            let one = Fixtures.bytes(outputs[0] + "/" + name), two = Fixtures.bytes(outputs[1] + "/" + name)
            #expect(!one.isEmpty, "\(name) is written")
            #expect(one == two, "\(name) is the same with 1 and 2 jobs")
        }
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws {
        let ruleSet = try Self.paiRuleSet()
        let a = Fixtures.temporaryDirectory("seed-a"), b = Fixtures.temporaryDirectory("seed-b"), c = Fixtures.temporaryDirectory("seed-c")
        let pathsA = try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: 42), count: 25, to: a, stream: false)
        let pathsB = try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: 42), count: 25, to: b, stream: false)
        let pathsC = try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: 43), count: 25, to: c, stream: false)
        #expect(pathsA.count == 25)
        #expect(pathsA.map(Fixtures.bytes) == pathsB.map(Fixtures.bytes))
        #expect(pathsA.map(Fixtures.bytes) != pathsC.map(Fixtures.bytes))
        // A stream holds the same documents as the files.
        let stream = try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: 42), count: 25, to: Fixtures.temporaryDirectory("seed-s"), stream: true)
        #expect(Fixtures.read(stream[0]) == pathsA.map { "---\n" + Fixtures.read($0) }.joined())
    }

    @Test func generatedFilesPassStrictValidation() throws {
        let ruleSet = try Self.paiRuleSet()
        let dir = Fixtures.temporaryDirectory("strict")
        let paths = try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: 8), count: 60, to: dir, stream: false)
        for path in paths {
            let (assessments, diagnostics) = Workspace.assessments(in: path, ruleSet: ruleSet, strict: true)
            #expect(assessments.count == 1)
            #expect(diagnostics.filter(\.isError).isEmpty, "\(path): \(diagnostics.map { $0.rendered(.en) })")
        }
    }

    @Test func generatedAssessmentsAreValidAndSpreadOverLevels() throws {
        let dir = Fixtures.temporaryDirectory("valid")
        let paths = try PopulationWriter.write(PopulationGenerator(ruleSet: Self.paiRuleSet(), seed: 3), count: 400, to: dir, stream: true)
        let out = Fixtures.temporaryDirectory("valid-out")
        let result = try BatchRunner.run(BatchOptions(inputs: paths, outputDirectory: out, rules: Fixtures.paiRules, policy: Fixtures.paiPolicy,
                                                      asOf: Fixtures.asOf, jobs: 2))
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 400)
        #expect(summary.counts.invalid == 0)
        #expect(summary.levels.allSatisfy { $0.count > 0 }, "every level is represented: \(summary.levels)")
        #expect(summary.byOrder.map(\.id) == ["federal", "estatal", "municipal"])
        #expect(summary.byKind.count == InstitutionKind.allCases.count)
    }
}
