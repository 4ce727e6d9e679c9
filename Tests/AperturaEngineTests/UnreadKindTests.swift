import AperturaLoader
import AperturaSource
import Foundation
import Testing

/// A rule file whose `kind` is wrong (`kind: indicator`), or whose list key is (`indicadores:`), adds none of its
/// entries, as one that YAML cannot parse. The references to what it defines were bare "indicator 'flag' does
/// not exist", with nothing pointing at the file; they now say where it may be, as for a file with a YAML error.
@Suite struct UnreadKindTests {
    private func unknownReferences(_ edit: (String) -> String) throws -> [Diagnostic] {
        let original = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/mini/rules/indicators.yaml"), encoding: .utf8)
        let dir = try Fixtures.miniRules(replacing: "indicators.yaml", with: edit(original))
        return RuleSetLoader.load(directory: dir).1.items.filter { $0.code == "unknown_reference" }
    }

    @Test(arguments: [("kind: indicators\n", "kind: indicator\n"), ("\nindicators:\n", "\nindicadores:\n")])
    func referencesIntoAFileWithAWrongKindOrListKeySayWhereToLookFirst(_ edit: (String, String)) throws {
        let unknown = try unknownReferences { $0.replacingOccurrences(of: edit.0, with: edit.1) }
        #expect(!unknown.isEmpty)
        for diagnostic in unknown {
            #expect(diagnostic.help?.es.hasSuffix("/indicators.yaml», que no se pudo leer: corrija primero sus errores") == true,
                    "\(diagnostic.help?.es ?? "no help")")
        }
    }

    @Test func anEmptyListIsReadAndItsReferencesAreUnknown() throws {
        // `indicators: []` is a file read whole, with nothing in it: a reference to `flag` is simply unknown.
        let unknown = try unknownReferences { _ in "kind: indicators\nindicators: []\n" }
        #expect(!unknown.isEmpty)
        #expect(unknown.allSatisfy { $0.help?.es.contains("no se pudo leer") != true })
    }
}
