import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// The JSON and SARIF renderings of a lint result, field by field, on diagnostics made by hand: JSON gives
/// the start's line and column and the help; SARIF keeps each severity (a note stays a note), appends the
/// help to the message in parentheses, and lists one rule per code, sorted.
@Suite struct LintMachineFormatTests {
    private static let result = LintResult(checked: ["r"], ruleSetCount: 1, diagnostics: [
        .error("unknown_reference", LocalizedText(es: "no existe «x»", en: "'x' does not exist"),
               at: SourceRange(file: "r/rules.yaml", startLine: 4, startColumn: 16, endLine: 4, endColumn: 20),
               help: LocalizedText(es: "¿quiso decir «y»?", en: "did you mean 'y'?")),
        .warning("missing_translation", LocalizedText(es: "falta el inglés", en: "English is missing"),
                 at: SourceRange(file: "r/rules.yaml", startLine: 9, startColumn: 7, endLine: 9, endColumn: 12)),
        Diagnostic(.note, code: "unused_source", LocalizedText(es: "nadie cita «s»", en: "nothing cites 's'"),
                   at: SourceRange(file: "r/ruleset.yaml", startLine: 13, startColumn: 5, endLine: 14, endColumn: 20)),
    ])

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonGivesTheStartAndTheHelp() throws {
        let json = try object(LintRenderer.render(Self.result, format: .json, language: .en))
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["line"] as? Int } == [4, 9, 13])
        #expect(diagnostics.map { $0["column"] as? Int } == [16, 7, 5])
        #expect(diagnostics.map { $0["help"] as? String } == ["did you mean 'y'?", nil, nil])
        #expect(diagnostics.map { $0["severity"] as? String } == ["error", "warning", "note"])
        // A note is neither an error nor a warning.
        #expect(json["errors"] as? Int == 1 && json["warnings"] as? Int == 1)
    }

    @Test func sarifKeepsEachSeverityAndTheHelp() throws {
        let sarif = try object(LintRenderer.render(Self.result, format: .sarif, language: .en))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "note"])
        #expect(results.map { ($0["message"] as? [String: Any])?["text"] as? String } == [
            "'x' does not exist (did you mean 'y'?)", "English is missing", "nothing cites 's'",
        ])
        let regions = results.map { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int] }
        #expect(regions == [
            ["startLine": 4, "startColumn": 16, "endLine": 4, "endColumn": 20],
            ["startLine": 9, "startColumn": 7, "endLine": 9, "endColumn": 12],
            ["startLine": 13, "startColumn": 5, "endLine": 14, "endColumn": 20],
        ])
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.map { $0["id"] as? String } == ["missing_translation", "unknown_reference", "unused_source"])
    }
}
