import AperturaEngine
import AperturaSource
import Testing

/// Where the reading of a self-assessment says what is wrong, and with which code and help: each place is
/// counted by hand in the text of the test (lines and columns from 1).
@Suite struct AssessmentPlaceTests {
    func diagnostics(_ yaml: String, strict: Bool = false) throws -> [Diagnostic] { try Fixtures.assessmentDiagnostics(yaml, strict: strict) }

    func brief(_ diagnostics: [Diagnostic]) -> [String] { Fixtures.brief(diagnostics) }

    static let institution = "institution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}\n"

    /// A file with nothing but a comment holds no document: it is named at its very start.
    @Test func aFileWithNoDocumentIsNamedAtItsStart() throws {
        let d = try diagnostics("# nada que reportar\n")
        #expect(brief(d) == ["1:1 empty_document"])
    }

    /// An unsupported version is said at its value (`apertura: 2`: the 2 is at column 11), not at the document.
    @Test func anUnsupportedVersionIsNamedAtItsValue() throws {
        let d = try diagnostics("apertura: 2\nrule_set: mini\n" + Self.institution)
        #expect(brief(d) == ["1:11 unsupported_version"])
    }

    /// `mini ` with a trailing space is a slip in this rule set's id, as `MINI` is: the help says how to write it,
    /// not to look for another rule set.
    @Test func aRuleSetIdWithASpaceIsASlip() throws {
        for written in ["\"mini \"", "MINI"] {
            let d = try diagnostics("apertura: 1\nrule_set: \(written)\n" + Self.institution)
            #expect(brief(d) == ["2:11 rule_set_mismatch"], "\(written)")
            #expect(d.first?.help?.es == "escriba «mini», en minúsculas y sin espacios", "\(written)")
        }
    }

    /// An evidence entry of nothing but spaces is no evidence: an error at the entry (`[" "]`: the quote opens
    /// at column 12 of line 6), not a document that counts.
    @Test func aBlankEvidenceEntryIsAnErrorAtIt() throws {
        let d = try diagnostics("apertura: 1\nrule_set: mini\n" + Self.institution + "answers:\n  a:\n    acta: [\" \"]\n")
        #expect(brief(d) == ["6:12 invalid_value"])
        #expect(d.first?.message.es == "una evidencia vacía no cuenta")
    }

    /// A key that is not a plain text (here a list, `[x]`, in column 5 of line 6) is of the wrong type, not an
    /// unknown name.
    @Test func aKeyThatIsNotATextIsOfTheWrongType() throws {
        let d = try diagnostics("apertura: 1\nrule_set: mini\n" + Self.institution + "answers:\n  a:\n    [x]: 1\n")
        #expect(brief(d) == ["6:5 type_mismatch"])
    }

    /// Bounds and values are written as the person wrote them: `-1` below the minimum `0`, not `-1.0` and `0.0`.
    @Test func aValueOutOfBoundsIsSaidInWholeNumbers() throws {
        let d = try diagnostics("apertura: 1\nrule_set: mini\n" + Self.institution + "answers:\n  a:\n    n: -1\n")
        #expect(brief(d) == ["6:8 out_of_range"])
        #expect(d.first?.message.es == "-1 es menor que el mínimo 0")
        #expect(d.first?.message.en == "-1 is below the minimum 0")
    }
}
