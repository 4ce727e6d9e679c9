import AperturaLoader
import AperturaSource
import Testing

/// `{es: Suba el acta, al menos una, en: ...}`: the comma ends the text, and "al menos una" becomes a key.
/// The help says why and how to quote it; the code stays `unknown_key`.
@Suite struct CommaInFlowTextTests {
    private func unknownKeys(_ old: String, _ new: String) throws -> [Diagnostic] {
        let dir = try Fixtures.editedMiniRules("rules.yaml", [(old, new)])
        return RuleSetLoader.load(directory: dir).1.sorted.filter { $0.code == "unknown_key" }
    }

    @Test func aCommaInAnUnquotedTextSaysToQuoteIt() throws {
        let found = try unknownKeys("    remediation: {es: Suba el acta, en: Upload the minutes}\n",
                                    "    remediation: {es: Suba el acta, al menos una, en: Upload the minutes}\n")
        #expect(found.count == 1)
        #expect(found.first?.message.es == "clave desconocida «al menos una»")
        #expect(found.first?.help?.es.contains("entre comillas") == true, "\(String(describing: found.first?.help))")
        #expect(found.first?.help?.es.contains("es: \"Suba el acta, al menos una\"") == true)
        #expect(found.first?.help?.en?.contains("es: \"Suba el acta, al menos una\"") == true)
    }

    @Test func twoCommasGiveTheWholeText() throws {
        let found = try unknownKeys("    remediation: {es: Suba el acta, en: Upload the minutes}\n",
                                    "    remediation: {es: Suba el acta, la lista, y el oficio, en: Upload the minutes}\n")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.help?.es.contains("es: \"Suba el acta, la lista, y el oficio\"") == true })
    }

    /// `enn: Open data` is the English text under a misspelt key, not a piece of the Spanish one: it was told to
    /// quote a text with a comma; it is told the key it resembles.
    @Test func aMisspeltLanguageKeyWithItsValueGetsDidYouMean() throws {
        let found = try unknownKeys("    remediation: {es: Suba el acta, en: Upload the minutes}\n",
                                    "    remediation: {es: Suba el acta, enn: Upload the minutes}\n")
        #expect(found.count == 1)
        #expect(found.first?.help?.es == "¿quiso decir «en»?")
    }

    @Test func anUnknownKeyOfABlockTextKeepsTheAllowedKeys() throws {
        let found = try unknownKeys("    remediation: {es: Suba el acta, en: Upload the minutes}\n",
                                    "    remediation:\n      es: Suba el acta\n      fr: Téléversez\n")
        #expect(found.count == 1)
        #expect(found.first?.help?.es == "claves permitidas: es, en")
    }
}
