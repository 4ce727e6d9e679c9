import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// "¿quiso decir?" missed names written short (`ref: ficha_abramos` for `ficha_abramos_datos`, `objective:
/// oe_datos` for `oe_datos_abiertos`) and ids written with an accent (`phase: consolidación`, rejected as an id
/// before any reference was looked up). Suggestions now take a name that starts a single candidate up to one of its
/// words, ignore accents, and an id with accents or capitals is told its plain form.
@Suite struct SuggestionHintsTests {
    @Test func aNameThatStartsOneCandidateSuggestsIt() {
        #expect(Suggestion.closest(to: "ficha_abramos", in: ["abramos_2024", "ficha_abramos_datos", "sfp_ga_2024"]) == "ficha_abramos_datos")
        #expect(Suggestion.closest(to: "oe_datos", in: ["oe2", "oe_participacion", "oe_datos_abiertos"]) == "oe_datos_abiertos")
    }

    @Test func aPrefixSharedByTwoCandidatesOrEndingInsideAWordSuggestsNothing() {
        #expect(Suggestion.closest(to: "oe_datos", in: ["oe_datos_abiertos", "oe_datos_personales"]) == nil)
        // `ficha_abr` ends inside the word `abramos`.
        #expect(Suggestion.closest(to: "ficha_abr", in: ["ficha_abramos_datos"]) == nil)
    }

    @Test func accentsDoNotCount() {
        // `ámbitós` is 3 edits from `ambito` (two accents and an s), past the limit of 2 for seven letters; without
        // its accents it is 1.
        #expect(Suggestion.closest(to: "ámbitós", in: ["ambito"]) == "ambito")
        #expect(Suggestion.editDistance("ámbitós", "ambito") == 3)
    }

    /// Two letters swapped are one slip: `pia` for `pai` was two substitutions away, as far as `mga`, and got «mga».
    @Test func twoSwappedLettersAreOneEdit() {
        #expect(Suggestion.editDistance("pia", "pai") == 1)
        #expect(Suggestion.editDistance("pia", "mga") == 2)
        #expect(Suggestion.closest(to: "pia", in: ["mga", "pai"]) == "pai")
        #expect(Suggestion.editDistance("comtie", "comite") == 1)
    }

    private func paiCopy(_ edits: [(file: String, old: String, new: String)]) throws -> String {
        let dir = try Fixtures.temporaryDirectory() + "/pai"
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai"), toPath: dir)
        for edit in edits {
            let text = try String(contentsOfFile: dir + "/" + edit.file, encoding: .utf8)
            #expect(text.components(separatedBy: edit.old).count >= 2, "\(edit.old) in \(edit.file)")
            try Fixtures.write(text.replacingOccurrences(of: edit.old, with: edit.new), to: dir + "/" + edit.file)
        }
        return dir
    }

    @Test func theAuthorsSlipsGetTheirHints() throws {
        let dir = try paiCopy([
            ("indicators/datos_abiertos.yaml", "source: {ref: ficha_abramos_datos, section: \"¿Qué se hizo?\"}", "source: {ref: ficha_abramos, section: \"¿Qué se hizo?\"}"),
            ("indicators/datos_abiertos.yaml", "objective: oe_datos_abiertos", "objective: oe_datos"),
            ("rules/datos_abiertos.yaml", "- phase: consolidacion", "- phase: consolidación"),
        ])
        let found = Linter.lint(paths: [dir]).diagnostics.filter(\.isError)
        let helps = Dictionary(found.map { ($0.message.es, $0.help?.es ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(helps["fuente «ficha_abramos» no existe"] == "¿quiso decir «ficha_abramos_datos»?")
        #expect(helps["objetivo «oe_datos» no existe"] == "¿quiso decir «oe_datos_abiertos»?")
        #expect(helps["«consolidación» no es un identificador válido (minúsculas, dígitos y _; empieza con letra)"]
            == "los identificadores no llevan acentos ni mayúsculas: ¿quiso decir «consolidacion»?")
    }
}
