import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// `missing_translation` also covers the rule set's `legal_basis` and the names of a choice field's options,
/// each reported at its text (an option found by its id, not the first one). Positions worked out by hand.
@Suite struct TranslationOtherTextsTests {
    @Test func legalBasisAndOptionNamesNeedEnglish() throws {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        // ruleset.yaml line 8: `legal_basis: ` is 13 characters, the text at column 14.
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/ruleset.yaml", [
            ("status: draft\n", "legal_basis: Ley de prueba\nstatus: draft\n"),
        ]), to: rules + "/ruleset.yaml")
        // form.yaml (28 lines) gets a choice field in section b whose second option's name (line 36) has no English:
        // `            name: ` is 18 characters, the text at column 19.
        let form = try String(contentsOfFile: rules + "/form.yaml", encoding: .utf8) + """
                  - id: tipo
                    type: choice
                    prompt: {es: Tipo, en: Type}
                    options:
                      - id: web
                        name: {es: Sitio web, en: Website}
                      - id: radio
                        name: Radio nacional

            """
        try Fixtures.write(form, to: rules + "/form.yaml")
        let found = Linter.lint(paths: [rules]).diagnostics.filter { $0.code == "missing_translation" }
        #expect(found.map(\.message.en) == [
            "the English text (en) of 'b.tipo'.options[radio].name is missing",
            "the English text (en) of legal_basis is missing",
        ])
        #expect(found.map(\.range?.start) == [
            SourceLocation(file: rules + "/form.yaml", line: 36, column: 19),
            SourceLocation(file: rules + "/ruleset.yaml", line: 8, column: 14),
        ])
    }
}
