import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// One `validate` lists every missing answer beside the errors, instead of only once the errors are fixed;
/// an answer written with a wrong value is its error, not also a missing answer.
@Suite struct MissingAnswersDespiteErrorsTests {
    static let example = "Examples/municipio-tlalnelhuayocan.yaml"

    /// The example with `replacements` made, written to a file of its own; its validation.
    func validate(_ replacements: [(String, String)]) throws -> (file: String, diagnostics: [Diagnostic], errors: Int) {
        var text = try String(contentsOfFile: Fixtures.path(Self.example), encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = try Fixtures.temporaryDirectory() + "/a.yaml"
        try Fixtures.write(text, to: file)
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.path("Rules/pai")).0)
        let (diagnostics, errors, _) = Workspace.validation(of: file, ruleSet: ruleSet)
        return (file, diagnostics, errors)
    }

    /// The errors' places and codes in reading order, as `validate` prints them.
    func places(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter(\.isError).sorted { ($0.range?.start.line ?? 0, $0.range?.start.column ?? 0) < ($1.range?.start.line ?? 0, $1.range?.start.column ?? 0) }
            .map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.code)" }
    }

    @Test func aTypeErrorAndAMissingSectionAreBothListed() throws {
        // Line 17 `    instalado: si` (value at column 16); the datos_abiertos section (lines 40-41) removed, so its
        // required field is missing, reported at `answers:` (line 15).
        let r = try validate([("    instalado: false\n", "    instalado: si\n"), ("  datos_abiertos:\n    conjuntos: []\n", "")])
        #expect(places(r.diagnostics) == ["15:1 missing_answer", "17:16 type_mismatch"])
        #expect(r.errors == 2)
        #expect(r.diagnostics.first { $0.code == "missing_answer" }?.message.es.hasPrefix("falta la respuesta «datos_abiertos.conjuntos»") == true)
    }

    @Test func anAnswerWithAWrongValueIsNotAlsoMissing() throws {
        // `sesiones: muchas` (line 21, value at 15) and a misspelt key on line 18: the misspelt field is unknown, with
        // "did you mean" the form's own field, which is not also listed as missing (MisspeltAnswerKeyTests).
        let r = try validate([("    sesiones: 0\n", "    sesiones: muchas\n"),
                              ("    integrantes_institucion: 0\n", "    integrantes_institucon: 0\n")])
        #expect(places(r.diagnostics) == ["18:5 unknown_key", "21:15 type_mismatch"])
    }

    @Test func aSectionOfTheWrongShapeIsItsOwnError() throws {
        // `agenda: sí` (line 23, value at 11): one type error, not one missing answer per field of the section.
        let r = try validate([("  agenda:\n    publicada: false\n    documento: []\n    compromisos: []\n", "  agenda: sí\n")])
        #expect(places(r.diagnostics) == ["23:11 type_mismatch"])
    }

    /// A blank id or name (the template leaves them `""`) says nothing of what applies to the institution: the
    /// missing answers are listed beside them, so that one `validate` of a half-filled template lists everything.
    @Test func aBlankIdOrNameStillListsTheMissingAnswers() throws {
        // Lines 8 and 9 (values at columns 7 and 9); the datos_abiertos section removed, missing at `answers:` (15).
        let r = try validate([("  id: SO-VER-02180\n", "  id: \"\"\n"), ("  name: Municipio de Tlalnelhuayocan\n", "  name: \"\"\n"),
                              ("  datos_abiertos:\n    conjuntos: []\n", "")])
        #expect(places(r.diagnostics) == ["8:7 invalid_value", "9:9 invalid_value", "15:1 missing_answer"])
    }

    @Test func anotherRuleSetsSelfAssessmentListsNoMissingAnswers() throws {
        let r = try validate([("rule_set: pai\n", "rule_set: mga\n"), ("  datos_abiertos:\n    conjuntos: []\n", "")])
        #expect(places(r.diagnostics) == ["6:11 rule_set_mismatch"])
    }
}
