import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Testing

/// Values typed as in a spreadsheet or on paper (`80%`, `1,234`, `"40"`, `30/06/2026`, one value for a list):
/// the error says what was expected, and its help how to write this value.
@Suite struct ValueAdviceTests {
    func diagnostics(_ answers: String, rules: String = "Rules/pai", policy: String = "Policies/pai-inicio.yaml",
                     ruleSet: String = "pai") throws -> [Diagnostic] {
        try Fixtures.answerDiagnostics(answers, rules: rules, policy: policy, ruleSet: ruleSet)
    }

    func brief(_ diagnostics: [Diagnostic]) -> [String] { Fixtures.brief(diagnostics) }

    @Test func numbersWrittenAsInASpreadsheetAreShownTheirPlainForm() throws {
        let d = try diagnostics("""
              obligaciones:
                indice_portal: 80%
              solicitudes:
                recibidas: 1,234
                respondidas: "40"
                respondidas_en_plazo: 39.0
                respondidas_completas: [38]

            """)
        #expect(brief(d) == ["6:20 type_mismatch", "8:16 type_mismatch", "9:18 type_mismatch", "10:27 type_mismatch", "11:28 type_mismatch"])
        #expect(d.map { $0.help?.es } == [
            "escriba solo el número, sin «%»: 80",
            "escriba el número sin separador de miles: 1234",
            "quite las comillas: entre comillas, «40» es un texto",
            "un número entero se escribe sin decimales: 39",
            "escriba un solo valor, sin corchetes ni «- »",
        ])
        #expect(d[2].help?.en == "remove the quotes: quoted, '40' is a text")
    }

    @Test func aWholeNumberPastTheLargestIsSaidTooLarge() throws {
        let d = try diagnostics("  solicitudes:\n    recibidas: 99999999999999999999\n")
        #expect(brief(d) == ["6:16 type_mismatch"])
        #expect(d[0].help?.es == "el número es demasiado grande: el máximo es 9223372036854775807")
    }

    /// 0.76 on a 0-to-100 scale (the portal index, a commitment's completion) is most often 76 % written as a
    /// fraction: a warning, not an error (under 1 % can be true), and 1 or more says nothing.
    @Test func aFractionOnAPercentScaleIsWarned() throws {
        let d = try diagnostics("  obligaciones:\n    indice_portal: 0.76\n")
        #expect(brief(d) == ["6:20 fraction_on_percent_scale"])
        #expect(d[0].isError == false)
        #expect(d[0].help?.es == "si es una fracción, el porcentaje se escribe 76")
        #expect(try diagnostics("  obligaciones:\n    indice_portal: 1\n").isEmpty)
        #expect(try diagnostics("  obligaciones:\n    indice_portal: 0\n").isEmpty)
    }

    /// "N/A" or "pendiente" in an evidence list is no evidence (the evaluator does not count it): warned, so that
    /// validate does not pass it unseen.
    /// A document's name that holds such a word is no placeholder.
    @Test func aPlaceholderInAnEvidenceListIsWarned() throws {
        let d = try diagnostics("  obligaciones:\n    dictamen: [\"N/A\", \" Pendiente. \", \"Dictamen pendiente de firma.pdf\"]\n")
        #expect(brief(d) == ["6:16 placeholder_evidence", "6:23 placeholder_evidence"])
        #expect(d.allSatisfy { !$0.isError })
        #expect(d[0].message.es == "«N/A» no es una evidencia y no cuenta como tal")
    }

    /// The link the `empty_evidence` help gives as an example (`["https://…"]`) and the guide's
    /// (`https://…/acta.pdf`) are warned as "N/A" is: they passed as valid evidence. The real link beside them is not.
    @Test func theExampleLinkInAnEvidenceListIsWarned() throws {
        let d = try diagnostics("  obligaciones:\n    dictamen: [\"https://…\", \"https://…/acta.pdf\", \"www\", \"https://transparencia.jalisco.gob.mx/acta.pdf\"]\n")
        // Line 6; the entries start at columns 16, 29, 51.
        #expect(brief(d) == ["6:16 placeholder_evidence", "6:29 placeholder_evidence", "6:51 placeholder_evidence"])
        #expect(d[0].message.es == "«https://…» no es una evidencia y no cuenta como tal")
    }

    /// A quoted `"true"` is a text: the message read "expected true or false, found «true»", which looks
    /// self-contradictory; the help says why, as it does for a quoted number.
    @Test func aQuotedBooleanIsToldToLoseItsQuotes() throws {
        let d = try diagnostics("  comite:\n    instalado: \"true\"\n  agenda:\n    publicada: 'False'\n")
        #expect(brief(d) == ["6:16 type_mismatch", "8:16 type_mismatch"])
        #expect(d.map { $0.help?.es } == ["quite las comillas: entre comillas, «true» es un texto", "quite las comillas: entre comillas, «False» es un texto"])
        #expect(d[0].help?.en == "remove the quotes: quoted, 'true' is a text")
    }

    /// A link in typographic quotes keeps them (it passed without a word): warned, with the link to write.
    @Test func anEvidenceEntryInTypographicQuotesIsWarned() throws {
        let d = try diagnostics("  obligaciones:\n    dictamen: [“https://itei.org.mx/d.pdf”, \"Dictamen “final”.pdf\"]\n")
        #expect(brief(d) == ["6:16 quoted_evidence"])
        #expect(d.allSatisfy { !$0.isError })
        #expect(d[0].message.es == "«“https://itei.org.mx/d.pdf”» lleva comillas tipográficas, que quedan como parte de la evidencia")
        #expect(d[0].help?.es == "quite las comillas tipográficas, copiadas de un documento: escriba https://itei.org.mx/d.pdf")
    }

    @Test func aDecimalCommaIsShownWithAPoint() throws {
        let d = try diagnostics("  obligaciones:\n    indice_portal: 58,3\n")
        #expect(brief(d) == ["6:20 type_mismatch"])
        #expect(d[0].help?.es == "el decimal se escribe con punto: 58.3")
        // `0,583` is no thousand: its first group starts with 0.
        let small = try diagnostics("  obligaciones:\n    indice_portal: 0,583\n")
        #expect(small[0].help?.es == "el decimal se escribe con punto: 0.583")
    }

    @Test func aPercentInARatioIsShownAsAFraction() throws {
        let d = try diagnostics("  b:\n    r: 80%\n", rules: "Tests/Fixtures/mini/rules", policy: "Tests/Fixtures/mini/policy.yaml", ruleSet: "mini")
        #expect(brief(d) == ["6:8 type_mismatch"])
        #expect(d[0].help?.es == "una razón va de 0 a 1: 80 % se escribe 0.8")
        let whole = try diagnostics("  b:\n    r: 100%\n", rules: "Tests/Fixtures/mini/rules", policy: "Tests/Fixtures/mini/policy.yaml", ruleSet: "mini")
        #expect(whole[0].help?.es == "una razón va de 0 a 1: 100 % se escribe 1")
    }

    @Test func datesWrittenDayFirstOrWithoutZerosAreShownAsYearMonthDay() throws {
        let d = try diagnostics("  obligaciones:\n    fecha_verificacion: 30/06/2026\n")
        #expect(brief(d) == ["6:25 invalid_value"])
        #expect(d[0].help?.es == "las fechas se escriben año-mes-día, AAAA-MM-DD: ¿quiso decir 2026-06-30?")
        #expect(d[0].help?.en == "dates are written year-month-day, YYYY-MM-DD: did you mean 2026-06-30?")
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 2026-6-3\n")[0].help?.es.hasSuffix("¿quiso decir 2026-06-03?") == true)
        // Month first only when the day-first reading is no date.
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 06/30/2026\n")[0].help?.es.hasSuffix("¿quiso decir 2026-06-30?") == true)
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: junio 2026\n")[0].help == nil)
    }

    /// `15 de marzo de 2025`, as a date is written in an official letter, is shown in the file's form.
    @Test func aDateSpelledOutInSpanishIsShownAsYearMonthDay() throws {
        let d = try diagnostics("  obligaciones:\n    fecha_verificacion: 15 de marzo de 2025\n")
        #expect(brief(d) == ["6:25 invalid_value"])
        #expect(d[0].help?.es == "las fechas se escriben año-mes-día, AAAA-MM-DD: ¿quiso decir 2025-03-15?")
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 1 Setiembre 2025\n")[0].help?.es.hasSuffix("¿quiso decir 2025-09-01?") == true)
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 31 de febrero de 2025\n")[0].help == nil)
    }

    /// Typographic quotes pasted from a word processor are part of the value to YAML: the help says to
    /// take them off, and what is left.
    @Test func typographicQuotesAroundANumberOrDateAreShownWithout() throws {
        let d = try diagnostics("  obligaciones:\n    indice_portal: “78.5”\n    fecha_verificacion: ‘2025-10-01’\n  solicitudes:\n    recibidas: «1200»\n")
        #expect(brief(d) == ["6:20 type_mismatch", "7:25 invalid_value", "9:16 type_mismatch"])
        #expect(d.map { $0.help?.es } == [
            "quite las comillas tipográficas, copiadas de un documento: escriba 78.5",
            "quite las comillas tipográficas, copiadas de un documento: escriba 2025-10-01",
            "quite las comillas tipográficas, copiadas de un documento: escriba 1200",
        ])
        #expect(d[0].help?.en == "remove the typographic quotes, pasted from a document: write 78.5")
    }

    @Test func oneValueWhereAListGoesIsShownAList() throws {
        let d = try diagnostics("  obligaciones:\n    dictamen: https://transparencia.gob.mx/dictamen.pdf\n")
        #expect(brief(d) == ["6:15 type_mismatch"])
        #expect(d[0].help?.es.hasPrefix("una lista va entre corchetes") == true)
    }

    /// The English message quotes what was found the English way, not with Spanish guillemets.
    @Test func theEnglishMessageQuotesTheEnglishWay() throws {
        let d = try diagnostics("  solicitudes:\n    recibidas: muchas\n")
        #expect(d[0].message.es == "se esperaba un número entero, se encontró «muchas»")
        #expect(d[0].message.en == "expected a whole number, found 'muchas'")
    }
}
