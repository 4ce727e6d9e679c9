import AperturaLoader
import AperturaSource
import Foundation
import Testing

/// An entry written with an error (a misspelt required key) is reported where it stands; the references
/// to it must not add "does not exist" errors with a "did you mean" pointing at another entry.
@Suite struct UnreadEntryTests {
    func errors(_ file: String, _ edit: (String) -> String) throws -> [Diagnostic] {
        let original = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/mini/rules/\(file)"), encoding: .utf8)
        let dir = try Fixtures.miniRules(replacing: file, with: edit(original))
        return RuleSetLoader.load(directory: dir).1.items.filter(\.isError)
    }

    func brief(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \($0.code)" }
    }

    @Test func anIndicatorWithAMisspeltKeyIsNotAlsoUnknownToItsRules() throws {
        // `class` of the first indicator (`flag`, line 3) misspelt at line 7: rules.yaml's r_flag names it.
        let d = try errors("indicators.yaml") { $0.replacingOccurrences(of: "    class: management\n    periodicity: annual\n    value: a.flag", with: "    clase: management\n    periodicity: annual\n    value: a.flag") }
        // One error, at the typo: its "did you mean 'class'?" says what "missing class" would repeat.
        #expect(brief(d) == ["7:5 unknown_key"])
    }

    @Test func anObjectiveWithAMisspeltKeyIsNotAlsoUnknownToItsIndicators() throws {
        let ruleset = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/mini/rules/ruleset.yaml"), encoding: .utf8)
        let lines = ruleset.split(separator: "\n", omittingEmptySubsequences: false)
        // The line after `- id: o2` is its name: misspell the key.
        let index = try #require(lines.firstIndex(of: "  - id: o2")) + 1
        #expect(lines[index].hasPrefix("    name:"))
        let d = try errors("ruleset.yaml") { _ in
            var edited = lines
            edited[index] = edited[index].replacingOccurrences(of: "    name:", with: "    nombre:")[...]
            return edited.joined(separator: "\n")
        }
        #expect(d.map(\.code) == ["missing_key", "unknown_key"])
        #expect(d.allSatisfy { $0.range?.file.hasSuffix("/ruleset.yaml") == true })
    }

    @Test func aReferenceToAnEntryThatIsNotWrittenIsStillUnknown() throws {
        let d = try errors("rules.yaml") { $0.replacingOccurrences(of: "    indicator: flag\n", with: "    indicator: flags\n") }
        #expect(d.map(\.code) == ["unknown_reference"])
        #expect(d.first?.help?.es == "¿quiso decir «flag»?")
    }

    @Test func referencesIntoAFileThatCannotBeParsedSayWhereToLookFirst() throws {
        // An unclosed flow mapping: the whole file is unread, and every indicator in it unknown.
        let d = try errors("indicators.yaml") { $0.replacingOccurrences(of: "name: {es: Bandera, en: Flag}", with: "name: {es: Bandera, en: Flag") }
        #expect(d.first?.code == "yaml_syntax_error")
        let unknown = d.filter { $0.code == "unknown_reference" }
        #expect(!unknown.isEmpty)
        for diagnostic in unknown {
            #expect(diagnostic.help?.es.hasSuffix("/indicators.yaml», que no se pudo leer: corrija primero sus errores") == true)
        }
    }

    @Test func aDuplicateKeyDoesNotMakeTheFileUnread() throws {
        // The file is still read: a typo elsewhere keeps its "did you mean".
        let d = try errors("indicators.yaml") { $0.replacingOccurrences(of: "    value: a.flag\n", with: "    value: a.flag\n    value: a.flag\n") }
        #expect(d.map(\.code) == ["yaml_duplicate_key"])
    }
}
