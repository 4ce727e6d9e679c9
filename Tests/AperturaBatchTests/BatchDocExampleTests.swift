import AperturaBatch
import Foundation
import Testing

/// docs/BATCH.md says what the batch over Examples/ gives ("of its N inputs ... all K are in `errors.csv`, the other M
/// in `results.csv`"): the numbers it states are the run's, so that they stay true as examples are added.
@Suite struct BatchDocExampleTests {
    /// The number just before `marker` in the doc's sentence.
    static func number(before marker: String, in doc: String) throws -> Int {
        let head = try #require(doc.components(separatedBy: marker).first)
        let digits = String(String(head.reversed()).drop { $0 == " " }.prefix { $0.isNumber }.reversed())
        return try #require(Int(digits))
    }

    @Test func theExamplesRunHasTheCountsTheDocStates() throws {
        let doc = Fixtures.read(Fixtures.root + "/docs/BATCH.md")
        let sentence = try #require(doc.components(separatedBy: "The first exits with 65: of its ").dropFirst().first?
            .components(separatedBy: "\n\n").first)
        let inputs = try #require(Int(sentence.prefix { $0.isNumber }))
        let invalid = try Self.number(before: " are in `errors.csv`", in: sentence)
        let evaluated = try Self.number(before: " in `results.csv`", in: sentence)
        let out = Fixtures.temporaryDirectory("doc-examples")
        // As `apertura batch Examples --as-of 2026-06-30` runs it: the PAI rules the first input names, and its policy.
        let result = try BatchRunner.run(BatchOptions(inputs: [Fixtures.root + "/Examples"], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 2))
        let counts = try #require(result.summary?.counts)
        #expect(counts.inputs == inputs)
        #expect(counts.invalid == invalid)
        #expect(counts.evaluated == evaluated)
    }
}
