import AperturaSource
import Foundation
import TestSupport
import Testing
import AperturaYAML

/// The official YAML test suite's cases (converted to JSON in `../shared/conformance/yaml`), read
/// from the data folder at run time.
@Suite("YAML conformance")
struct ConformanceTests {
    /// Why a case fails, or nil when it passes.
    static func failure(of testCase: YAMLConformanceCase) -> String? {
        let result = YAMLParser.parse(Array(testCase.yaml.utf8), file: testCase.id)
        let errors = result.diagnostics.filter(\.isError)
        if testCase.error {
            return errors.isEmpty ? "accepted invalid YAML" : nil
        }
        if let first = errors.first {
            return "rejected valid YAML: \(first.rendered(.en))"
        }
        guard let expected = testCase.json else { return nil }
        let actual = result.documents.map { CoreSchemaResolver.json($0.root) }
        if actual.count != expected.count {
            return "\(actual.count) documents, expected \(expected.count)"
        }
        for (index, (got, want)) in zip(actual, expected).enumerated() where got != want {
            return "document \(index + 1): got \(got), expected \(want)"
        }
        return nil
    }

    /// Skipped when the shared data is absent (a user's fresh clone has no `../shared`).
    @Test(
        .enabled(if: YAMLConformanceCase.isAvailable, Comment(rawValue: SharedData.missingMessage(YAMLConformanceCase.file))),
        arguments: YAMLConformanceCase.all)
    func conformanceCase(_ testCase: YAMLConformanceCase) {
        let failure = Self.failure(of: testCase)
        if let reason = YAMLExpectedFailures.reasons[testCase.id] {
            // A listed case that starts passing records "known issue was not recorded": take it off the list.
            withKnownIssue("expected failure: \(reason)") {
                if let failure { Issue.record(Comment(rawValue: failure)) }
            }
        } else if let failure {
            Issue.record(Comment(rawValue: "\(testCase.id) (\(testCase.name)): \(failure)"))
        }
    }

    /// The whole suite at once: counts, and exactly the listed cases failing.
    @Test(.enabled(if: YAMLConformanceCase.isAvailable, Comment(rawValue: SharedData.missingMessage(YAMLConformanceCase.file))))
    func summary() throws {
        let cases = try YAMLConformanceCase.loaded.mapError { $0 as Error }.get()
        #expect(!cases.isEmpty, "no YAML conformance cases found in \(YAMLConformanceCase.file.path)")
        var failed: [String: String] = [:]
        for testCase in cases {
            if let failure = Self.failure(of: testCase) { failed[testCase.id] = failure }
        }
        let present = Set(cases.map(\.id))
        let expected = Set(YAMLExpectedFailures.reasons.keys).intersection(present)
        let unexpected = Set(failed.keys).subtracting(expected).sorted()
        let nowPassing = expected.subtracting(failed.keys).sorted()
        let errors = cases.filter(\.error)
        let withJSON = cases.filter { !$0.error && $0.json != nil }
        print("""
            YAML conformance: \(cases.count) cases, \(cases.count - failed.count) passed, \
            \(failed.count) failed (\(expected.intersection(failed.keys).count) expected, \(unexpected.count) unexpected); \
            error cases rejected \(errors.filter { failed[$0.id] == nil }.count)/\(errors.count), \
            valid with JSON matched \(withJSON.filter { failed[$0.id] == nil }.count)/\(withJSON.count)
            """)
        for id in unexpected {
            Issue.record(Comment(rawValue: "unexpected failure \(id): \(failed[id] ?? "")"))
        }
        for id in nowPassing {
            Issue.record(Comment(rawValue: "\(id) now passes: remove it from YAMLExpectedFailures"))
        }
    }

    /// CI always has the shared data: its absence there is a failure, not a skip.
    @Test func sharedDataPresentUnderCI() {
        if let message = SharedData.failureUnderCI(YAMLConformanceCase.file) {
            Issue.record(Comment(rawValue: message))
        }
        if YAMLConformanceCase.isAvailable, case .failure(let error) = YAMLConformanceCase.loaded {
            Issue.record(Comment(rawValue: error.message))
        }
    }
}
