import AperturaAuthoring
import AperturaSource
import Testing

/// `missing_key` for `source`, `duplicate_id` and `missing_citation` say what to write, as other codes do.
@Suite struct HelpForBareCodesTests {
    private func lint(_ name: String, _ old: String, _ new: String, code: String) throws -> Diagnostic {
        let dir = try Fixtures.editedMiniRules(name, [(old, new)])
        let found = Linter.lint(paths: [dir]).diagnostics.filter { $0.code == code }
        #expect(found.count == 1, "\(found.map { $0.rendered(.en) })")
        return try #require(found.first)
    }

    @Test func aMissingSourceSaysHowToCite() throws {
        // r_flag's source, the last line of its entry.
        let found = try lint("rules.yaml", "    remediation: {es: Suba el acta, en: Upload the minutes}\n    source: {ref: s1, section: \"Uno\"}\n",
                             "    remediation: {es: Suba el acta, en: Upload the minutes}\n", code: "missing_key")
        #expect(found.help?.es.contains("source: {ref:") == true, "\(String(describing: found.help))")
        #expect(found.help?.isTranslated == true)
    }

    @Test func aDuplicateIdSaysWhereTheFirstIs() throws {
        // The second indicator, `share` (line 11), renamed `flag`: the first `flag` is on line 3, column 5.
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("  - id: share\n", "  - id: flag\n")])
        let found = try #require(Linter.lint(paths: [dir]).diagnostics.first { $0.code == "duplicate_id" })
        #expect(found.help?.es.contains("\(dir)/indicators.yaml:3:5") == true, "\(String(describing: found.help))")
        #expect(found.help?.isTranslated == true)
    }

    @Test func anEmptySectionSaysWhatToWrite() throws {
        let found = try lint("rules.yaml", "    remediation: {es: Suba el acta, en: Upload the minutes}\n    source: {ref: s1, section: \"Uno\"}\n",
                             "    remediation: {es: Suba el acta, en: Upload the minutes}\n    source: {ref: s1, section: \"\"}\n", code: "missing_citation")
        #expect(found.help?.es.contains("section:") == true, "\(String(describing: found.help))")
        #expect(found.help?.isTranslated == true)
    }
}
