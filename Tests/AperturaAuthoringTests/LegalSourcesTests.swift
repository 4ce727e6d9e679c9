import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `legal_sources` cites where a rule set's legal basis is written: its references are checked like any
/// other citation, and a source cited only there counts as cited.
@Suite struct LegalSourcesTests {
    /// The mini rule set with `legal_sources` added after `status: draft` (line 8) and a second source `ley`.
    private func lintMini(legalSources: String) throws -> (LintResult, String) {
        let dir = try Fixtures.temporaryDirectory()
        for file in ["form.yaml", "indicators.yaml", "rules.yaml"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules/\(file)"), toPath: "\(dir)/\(file)")
        }
        let ruleset = try Fixtures.edited("Tests/Fixtures/mini/rules/ruleset.yaml", [
            ("status: draft\n", "status: draft\n" + legalSources),
            ("    title: \"Documento de prueba\"\n", "    title: \"Documento de prueba\"\n  - id: ley\n    title: \"Una ley\"\n"),
        ])
        try Fixtures.write(ruleset, to: "\(dir)/ruleset.yaml")
        return (Linter.lint(paths: [dir]), "\(dir)/ruleset.yaml")
    }

    @Test func aSourceCitedOnlyAsLegalBasisIsNotUnused() throws {
        let (without, _) = try lintMini(legalSources: "")
        #expect(without.diagnostics.filter { $0.code == "unused_source" }.map(\.message.en) == ["no citation names source 'ley'"])

        let (with, _) = try lintMini(legalSources: "legal_sources:\n  - {ref: ley, section: \"Artículo 1\"}\n")
        #expect(with.diagnostics.filter { $0.code == "unused_source" }.isEmpty)
        #expect(!with.fails(strict: false), "\(with.diagnostics.map { $0.rendered(.en) })")
    }

    @Test func anUnknownLegalSourceIsReportedAtItsReference() throws {
        // `legal_sources:` is line 9; the second item's `ref: lye` is on line 11, its value at column 11.
        let (result, file) = try lintMini(legalSources: "legal_sources:\n  - {ref: ley, section: \"Art. 1\"}\n  - {ref: lye, section: \"Art. 2\"}\n")
        let unknown = result.diagnostics.filter { $0.code == "unknown_reference" }
        #expect(unknown.map(\.range?.start) == [SourceLocation(file: file, line: 11, column: 11)])
        #expect(unknown.first?.help?.en == "did you mean 'ley'?")
        #expect(result.fails(strict: false))
    }

    @Test func aLegalSourceWithoutSectionIsAMissingCitation() throws {
        let (result, _) = try lintMini(legalSources: "legal_sources:\n  - {ref: ley, section: \" \"}\n")
        #expect(result.diagnostics.filter { $0.code == "missing_citation" }.map(\.message.en)
                == ["the citation of 'ley' names no section of the document"])
    }

    @Test func legalSourcesMustBeAList() throws {
        let (result, file) = try lintMini(legalSources: "legal_sources: {ref: ley, section: \"Art. 1\"}\n")
        let mismatch = result.diagnostics.filter { $0.range?.file == file && $0.severity == .error }
        #expect(mismatch.map(\.range?.start) == [SourceLocation(file: file, line: 9, column: 16)])
        #expect(mismatch.first?.message.en?.contains("a list") == true)
    }
}
