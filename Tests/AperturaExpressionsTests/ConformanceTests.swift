import Foundation
import Testing
import TestSupport

@testable import AperturaExpressions

/// Runs every CEL conformance file found in `conformance/cel` of the shared data and compares
/// the failures with the reviewed list in `conformance/cel-expected-failures.txt`.
@Suite("CEL conformance")
struct ConformanceTests {
    static let directory = SharedData.conformanceDirectory.appendingPathComponent("cel")
    static let expectedFailuresFile = SharedData.packageRoot.appendingPathComponent("conformance/cel-expected-failures.txt")

    /// The core files: at least 95% of their cases must pass.
    static let coreFiles: Set<String> = [
        "basic", "comparisons", "conversions", "fields", "fp_math", "integer_math", "lists", "logic", "macros",
        "macros2", "parse", "plumbing", "string", "timestamps",
    ]

    @Test("the conformance data is present under CI")
    func presentUnderCI() {
        if let message = SharedData.failureUnderCI(Self.directory) {
            Issue.record(Comment(rawValue: message))
        }
    }

    @Test(
        "every case passes or is a listed expected failure",
        .enabled(if: SharedData.exists(directory), Comment(rawValue: SharedData.missingMessage(directory))))
    func suite() throws {
        let expected = CELConformance.ExpectedFailures(
            text: try String(contentsOf: Self.expectedFailuresFile, encoding: .utf8))
        let files = try CELConformance.load(directory: Self.directory)
        #expect(!files.isEmpty, "no *.json file in \(Self.directory.path)")
        var corePassed = 0
        var coreTotal = 0
        var listedIds = Set(expected.cases.keys)
        for (file, cases) in files {
            for test in cases {
                let outcome = CELConformance.run(test)
                let listed = expected.contains(test)
                listedIds.remove(test.id)
                if Self.coreFiles.contains(file) {
                    coreTotal += 1
                    if outcome == .passed { corePassed += 1 }
                }
                switch outcome {
                case .passed:
                    if expected.cases[test.id] != nil {
                        Issue.record("\(test.id) passes now: remove it from the expected-failure list")
                    }
                case .failed(let why):
                    if !listed { Issue.record("\(test.id): \(why) — expr: \(test.expr)") }
                case .skipped:
                    break
                }
            }
        }
        // A listed id that no case has any more is stale.
        for id in listedIds.sorted() where files.contains(where: { $0.file == id.split(separator: "/").first.map(String.init) }) {
            Issue.record("\(id) is listed as an expected failure but no such case exists")
        }
        if coreTotal > 0 {
            let rate = Double(corePassed) / Double(coreTotal)
            #expect(rate >= 0.95, "core files pass rate \(corePassed)/\(coreTotal)")
        }
    }

    @Test("the expected-failure list gives a reason for every entry")
    func reasons() throws {
        let text = try String(contentsOf: Self.expectedFailuresFile, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(line.contains(" # "), "no reason: \(line)")
        }
    }
}
