import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// Any load error made `lint` skip every expression of the rule set, silently: a type error in one indicator was
/// hidden by an unknown phase in a rule. Expressions are now checked all the same, each against what could be
/// declared; a name whose declaration has errors is taken as of unknown type, so that its error is not echoed.
@Suite struct LintExpressionsDespiteLoadErrorsTests {
    private func codes(_ dir: String) -> [String] { Linter.lint(paths: [dir]).diagnostics.map(\.code) }

    @Test func aTypeErrorIsReportedBesideAnUnknownPhase() throws {
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("value: a.flag\n", "value: a.flag > 1\n")])
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [("      - phase: p2\n", "      - phase: p3\n")]),
                           to: dir + "/rules.yaml")
        // A bool compared with an int is the indicator's error (line 9, `value: a.flag > 1`); p3 is the rule's.
        let found = Linter.lint(paths: [dir]).diagnostics
        let typeError = try #require(found.first { $0.code == "expr_type_mismatch" })
        #expect(typeError.range?.start.file.hasSuffix("indicators.yaml") == true)
        #expect(typeError.range?.start.line == 9)
        #expect(found.contains { $0.code == "unknown_reference" && $0.message.es == "fase «p3» no existe" })
    }

    @Test func aMisspeltFieldOfInstitutionIsReportedBesideAnUnknownObjective() throws {
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("    objective: o1\n", "    objective: o_uno\n")])
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [("institution.population >= 70000", "institution.poblacion > 1")]),
                           to: dir + "/rules.yaml")
        let found = Linter.lint(paths: [dir]).diagnostics
        #expect(found.contains { $0.code == "unknown_reference" && $0.message.es == "objetivo «o_uno» no existe" })
        let typo = try #require(found.first { $0.code == "expr_unknown_field" })
        #expect(typo.message.es == "«institution» no tiene el campo «poblacion»")
        #expect(typo.help?.es == "¿quiso decir «population»?")
    }

    @Test func anIndicatorThatCannotBeReadIsNotBlamedOnWhatReadsIt() throws {
        // `doubled` reads indicators.r; r's unit is misspelt, so r is not read: only the unit is an error.
        let dir = try Fixtures.editedMiniRules("indicators.yaml", [("    name: {es: Razón, en: Ratio}\n    unit: ratio\n", "    name: {es: Razón, en: Ratio}\n    unit: ratioo\n")])
        #expect(codes(dir) == ["invalid_value"])
    }

    @Test func aSectionWithABrokenFieldIsNotBlamedOnWhatReadsIt() throws {
        // r_check reads a.n, whose type is misspelt: only the type is an error.
        let dir = try Fixtures.editedMiniRules("form.yaml", [("      - id: n\n        type: integer\n", "      - id: n\n        type: integr\n")])
        #expect(codes(dir) == ["invalid_value"])
    }

    @Test func aFormThatCannotBeReadLeavesANoteAndTheRestChecked() throws {
        let dir = try Fixtures.editedMiniRules("form.yaml", [("kind: form\n", "kind: form\n  x: [\n")])
        try Fixtures.write(try Fixtures.edited("Tests/Fixtures/mini/rules/rules.yaml", [("institution.population >= 70000", "institution.poblacion > 1")]),
                           to: dir + "/rules.yaml")
        let found = Linter.lint(paths: [dir]).diagnostics
        // The five expressions that read sections a and b (flag, share, r, broken's `a.n / 0`, r_check) cannot be
        // checked without the form; the misspelt field of institution can.
        #expect(!found.contains { $0.code == "expr_undeclared_reference" })
        let note = try #require(found.first { $0.code == "names_not_checked" })
        #expect(note.severity == .note)
        #expect(note.message.es.hasPrefix("5 expresiones nombran variables desconocidas"))
        #expect(found.contains { $0.code == "expr_unknown_field" && $0.message.es == "«institution» no tiene el campo «poblacion»" })
    }
}
