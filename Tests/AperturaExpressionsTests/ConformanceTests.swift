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

    /// Every case of every file, read once (empty when the data is absent).
    static let cases: [CELConformance.Case] = {
        guard SharedData.exists(directory) else { return [] }
        return ((try? CELConformance.load(directory: directory)) ?? []).flatMap(\.cases)
    }()

    static let casesById: [String: CELConformance.Case] = Dictionary(
        cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    static let expected = CELConformance.ExpectedFailures(
        text: (try? String(contentsOf: expectedFailuresFile, encoding: .utf8)) ?? "")

    /// One test per case, named `file/section/name`. A listed case runs as a known issue, so a
    /// listed case that starts passing is reported too.
    @Test(
        "conformance case",
        .enabled(if: SharedData.exists(directory), Comment(rawValue: SharedData.missingMessage(directory))),
        arguments: cases.map(\.id))
    func conformanceCase(_ id: String) throws {
        let test = try #require(Self.casesById[id])
        let outcome = CELConformance.run(test)
        let reason = Self.expected.cases[id] ?? Self.expected.files[test.file]
        if let reason {
            withKnownIssue(Comment(rawValue: "expected failure: \(reason)")) {
                if case .failed(let why) = outcome { Issue.record(Comment(rawValue: why)) }
            }
        } else if case .failed(let why) = outcome {
            Issue.record(Comment(rawValue: "\(id): \(why) — expr: \(test.expr)"))
        }
    }

    @Test(
        "core files pass at least 95% and the expected-failure list names existing cases",
        .enabled(if: SharedData.exists(directory), Comment(rawValue: SharedData.missingMessage(directory))))
    func suite() throws {
        let files = try CELConformance.load(directory: Self.directory)
        #expect(!files.isEmpty, "no *.json file in \(Self.directory.path)")
        var corePassed = 0
        var coreTotal = 0
        for (file, cases) in files where Self.coreFiles.contains(file) {
            for test in cases {
                coreTotal += 1
                if CELConformance.run(test) == .passed { corePassed += 1 }
            }
        }
        #expect(coreTotal > 0, "none of the core files is present")
        if coreTotal > 0 {
            let rate = Double(corePassed) / Double(coreTotal)
            #expect(rate >= 0.95, "core files pass rate \(corePassed)/\(coreTotal)")
        }
        // A listed id that no case has any more is stale (only for files present here).
        let present = Set(files.map(\.file))
        let ids = Set(files.flatMap { $0.cases.map(\.id) })
        for id in Self.expected.cases.keys.sorted() {
            guard let file = id.split(separator: "/").first.map(String.init), present.contains(file) else { continue }
            #expect(ids.contains(id), "\(id) is listed as an expected failure but no such case exists")
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
