import Foundation
import Testing
import TestSupport

@testable import AperturaExpressions

/// The engine against RE2 itself: `conformance/re2-corpus.jsonl` holds random patterns and texts with
/// what Google's RE2 answered (written by `scripts/re2-corpus/generate`): match, no match, or refused.
@Suite("RE2 corpus")
struct RegexCorpusTests {
    struct Case: Decodable {
        let p: String
        let t: String
        let m: Bool?
    }

    @Test("every pattern is accepted or refused as RE2 does, and matches where RE2 matches")
    func corpus() throws {
        let file = SharedData.packageRoot.appendingPathComponent("conformance/re2-corpus.jsonl")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 1_000)
        var disagreements: [String] = []
        for line in lines {
            let test = try JSONDecoder().decode(Case.self, from: Data(line.utf8))
            let answer: Bool?
            do { answer = try CompiledRegex(test.p).matches(test.t) } catch { answer = nil }
            if answer != test.m {
                disagreements.append("\(test.p.debugDescription) on \(test.t.debugDescription): RE2 \(test.m.map(String.init) ?? "refuses"), here \(answer.map(String.init) ?? "refused")")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, first: \(disagreements.prefix(5).joined(separator: "; "))")
    }
}
