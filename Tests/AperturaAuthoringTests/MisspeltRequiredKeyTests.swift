import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A required key written with a typo (`periodicty`) was two errors: "missing required key 'periodicity'" at
/// the start of the entry and "unknown key 'periodicty'" (did you mean 'periodicity'?) at the typo. The second
/// says all, where the fix goes; the first is left out. A key simply left out is still missing.
@Suite struct MisspeltRequiredKeyTests {
    /// The mini rule set with `indicators.yaml` edited; its lint errors.
    private func lintMini(indicators replacements: [(String, String)]) throws -> (errors: [Diagnostic], file: String) {
        let dir = try Fixtures.temporaryDirectory()
        for file in ["ruleset.yaml", "form.yaml", "rules.yaml"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules/\(file)"), toPath: "\(dir)/\(file)")
        }
        let file = "\(dir)/indicators.yaml"
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/indicators.yaml", replacements), to: file)
        return (Linter.lint(paths: [dir]).diagnostics.filter(\.isError), file)
    }

    @Test func aMisspeltRequiredKeyIsOneUnknownKeyAtTheTypo() throws {
        // The first indicator's `periodicity: annual` is line 8, its key at column 5.
        let (errors, file) = try lintMini(indicators: [("    periodicity: annual\n", "    periodicty: annual\n")])
        #expect(errors.map(\.code) == ["unknown_key"])
        #expect(errors.first?.range?.start == SourceLocation(file: file, line: 8, column: 5))
        #expect(errors.first?.help?.es == "¿quiso decir «periodicity»?")
    }

    /// A file's `kind` misspelt: the reader stops there, before the unknown keys are listed; the typo must still
    /// be said, at its place (it once was nothing at all, only the references into the file failing).
    @Test func aMisspeltKindIsSaidThoughTheFileIsNotReadFurther() throws {
        let (errors, file) = try lintMini(indicators: [("kind: indicators\n", "knd: indicators\n")])
        let atFile = errors.filter { $0.range?.file == file }
        #expect(atFile.map(\.code) == ["unknown_key"])
        #expect(atFile.first?.range?.start == SourceLocation(file: file, line: 1, column: 1))
        #expect(atFile.first?.help?.es == "¿quiso decir «kind»?")
    }

    @Test func aRequiredKeyLeftOutIsStillMissing() throws {
        let (errors, file) = try lintMini(indicators: [("    periodicity: annual\n", "")])
        #expect(errors.map(\.code) == ["missing_key"])
        #expect(errors.first?.range?.start == SourceLocation(file: file, line: 3, column: 5))
    }
}
