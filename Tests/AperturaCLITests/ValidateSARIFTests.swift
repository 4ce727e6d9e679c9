import Foundation
import Testing
import TestSupport

/// `validate --format sarif`: SARIF 2.1.0, one result per diagnostic at its file, line and column, as `lint` gives it.
@Suite struct ValidateSARIFTests {
    private func results(_ text: String) throws -> (results: [[String: Any]], rules: [String]) {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "apertura")
        let rules = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        return (try #require(run["results"] as? [[String: Any]]), rules)
    }

    private func physical(_ result: [String: Any]) -> [String: Any]? {
        (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
    }

    /// tipo-incorrecto.yaml's `yes` (13:16 to 13:19) and `diez` (33:16 to 33:20); Zapopan's empty `[]` (27:16
    /// to 27:18), a warning; the help in parentheses after the message.
    @Test func eachDiagnosticIsAResultAtItsRegion() throws {
        let r = try CLI.run(["validate", "Examples/municipio-zapopan.yaml", "Examples/broken/tipo-incorrecto.yaml", "--format", "sarif", "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let (results, rules) = try results(r.stdout)
        #expect(rules == ["empty_evidence", "type_mismatch"])
        #expect(results.map { $0["ruleId"] as? String } == ["empty_evidence", "type_mismatch", "type_mismatch"])
        #expect(results.map { $0["level"] as? String } == ["warning", "error", "error"])
        #expect(results.map { (physical($0)?["artifactLocation"] as? [String: Any])?["uri"] as? String } == [
            "Examples/municipio-zapopan.yaml", "Examples/broken/tipo-incorrecto.yaml", "Examples/broken/tipo-incorrecto.yaml",
        ])
        #expect(results.map { physical($0)?["region"] as? [String: Int] } == [
            ["startLine": 27, "startColumn": 16, "endLine": 27, "endColumn": 18],
            ["startLine": 13, "startColumn": 16, "endLine": 13, "endColumn": 19],
            ["startLine": 33, "startColumn": 16, "endLine": 33, "endColumn": 20],
        ])
        #expect((results[1]["message"] as? [String: Any])?["text"] as? String == "expected true or false, found 'yes' (write true or false, unquoted)")
    }

    /// A diagnostic with no place in a file is located at the input it is about, with no region: code hosts
    /// drop a result with no location.
    @Test func anInputWithoutAPlaceIsTheLocation() throws {
        let dir = Scratch.path + "/validate-sarif-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try CLI.run(["validate", dir, "--format", "sarif"])
        #expect(r.status == 65)
        let (results, _) = try results(r.stdout)
        #expect(results.map { $0["ruleId"] as? String } == ["no_inputs"])
        let location = try #require(physical(results[0]))
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == dir)
        #expect(location["region"] == nil)
    }

    @Test func aValidFileHasNoResultsAndExitsZero() throws {
        let r = try CLI.run(["validate", "Examples/ejecutivo-federal-semarnat.yaml", "--format", "sarif"])
        #expect(r.status == 0)
        #expect(try results(r.stdout).results.isEmpty)
    }
}
