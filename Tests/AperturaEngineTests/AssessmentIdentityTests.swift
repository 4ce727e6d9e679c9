import AperturaEngine
import AperturaModel
import AperturaSource
import Testing

/// Who answers and for when: values a self-assessment can hold that look filled in but say nothing
/// (a blank id) or that no report can use (a date before year 1).
@Suite struct AssessmentIdentityTests {
    func diagnostics(_ yaml: String) throws -> [String] { Fixtures.brief(try Fixtures.assessmentDiagnostics(yaml)) }

    /// The template writes `id: ""` and `name: ""` to be filled in: left so, they are not an identity.
    @Test func aBlankIdOrNameIsAnError() throws {
        let d = try diagnostics("""
            apertura: 1
            rule_set: mini
            institution: {id: "", name: " ", kind: municipio, order: municipal, state: jalisco}
            """)
        #expect(d == ["3:19 invalid_value", "3:29 invalid_value"])
    }

    /// A state or municipal institution without its state is told so at `state:` in both languages (the English
    /// used to read "a estatal institution").
    @Test func aMissingStateIsSaidInBothLanguages() throws {
        let evaluator = try Fixtures.evaluator()
        let file = try Fixtures.temporaryDirectory() + "/a.yaml"
        try Fixtures.write("""
            apertura: 1
            rule_set: mini
            institution:
              id: X
              name: X
              kind: universidad
              order: estatal
              state:
            """, to: file)
        let missing = try #require(Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: false).1.first)
        #expect(missing.code == "missing_key")
        #expect(missing.range?.start.line == 8)
        #expect(missing.message.es == "una institución estatal debe indicar su entidad federativa en «state»")
        #expect(missing.message.en == "an institution of the estatal order must give its state in 'state'")
        // What to write: the template lists only the first and last states.
        #expect(missing.help?.es == "escriba la entidad en minúsculas, sin acentos y con «_» entre palabras: por ejemplo, jalisco o nuevo_leon")
        #expect(missing.help?.en == "write the state in lower case, without accents and with '_' between words: for example, jalisco or nuevo_leon")
    }

    /// Expressions read dates as timestamps, which start at 0001-01-01: year 0 would reach them as null.
    @Test func yearZeroIsNotADate() throws {
        let d = try diagnostics("""
            apertura: 1
            rule_set: mini
            institution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}
            period: {start: 0000-01-01, end: 2025-12-31}
            """)
        #expect(d == ["4:17 invalid_value"])
        #expect(Day("0000-12-31") == nil)
        #expect(Day("0001-01-01") != nil)
    }

    /// Each empty document of a stream is named at its own `---`, not all at the top of the file.
    @Test func anEmptyDocumentIsNamedWhereItStarts() throws {
        let d = try diagnostics("""
            apertura: 1
            rule_set: mini
            institution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}
            ---
            # nada
            ---
            """)
        #expect(d == ["4:1 empty_document", "6:1 empty_document"])
    }

    /// Escapes like `\e` and raw direction overrides (U+202E) would reach the terminal report as they are.
    @Test func invisibleControlCharactersAreErrors() throws {
        let d = try diagnostics("""
            apertura: 1
            rule_set: mini
            institution: {id: "X\\eY", name: X, kind: municipio, order: municipal, state: jalisco}
            answers:
              a:
                acta: ["a\u{202E}b"]
            """)
        #expect(d == ["3:19 invalid_character", "6:12 invalid_character"])
    }
}
