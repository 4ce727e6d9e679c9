import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Testing

/// Answers a tester found with an error but no help line: an impossible date, `1.640` or `4.5` in a count,
/// `""` where a value goes, a value out of bounds, `“true”`. Each now says how to write the value.
@Suite struct AnswerHelpTests {
    func diagnostics(_ answers: String, rules: String = "Rules/pai", policy: String = "Policies/pai-inicio.yaml",
                     ruleSet: String = "pai") throws -> [Diagnostic] {
        try Fixtures.answerDiagnostics(answers, rules: rules, policy: policy, ruleSet: ruleSet)
    }

    func brief(_ diagnostics: [Diagnostic]) -> [String] { Fixtures.brief(diagnostics) }

    /// A day past the month's end says how many days the month has: February by the year.
    @Test func anImpossibleDaySaysHowManyDaysTheMonthHas() throws {
        let d = try diagnostics("  obligaciones:\n    fecha_verificacion: 2025-02-30\n")
        #expect(brief(d) == ["6:25 invalid_value"])
        #expect(d[0].message.es == "«2025-02-30» no es una fecha válida AAAA-MM-DD")
        #expect(d[0].help?.es == "febrero de 2025 tiene 28 días: revise el día")
        #expect(d[0].help?.en == "February 2025 has 28 days: check the day")
        // 2024 is a leap year; April has 30 days.
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 2024-02-30\n")[0].help?.es == "febrero de 2024 tiene 29 días: revise el día")
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 2025-04-31\n")[0].help?.es == "abril de 2025 tiene 30 días: revise el día")
    }

    /// A day past the month's end written day first (`DD/MM/AAAA`, as dates are written in Mexico) says how many
    /// days the month has, as the same date written AAAA-MM-DD does, and how dates are written; it used to get no
    /// help at all. No date is suggested: 2025-02-30 is none. 2025 is not a leap year (28 days in February);
    /// April has 30 days; 29/02/2024 is a real day (2024 is a leap year), shown as usual.
    @Test func anImpossibleDayWrittenDayFirstSaysHowManyDaysTheMonthHas() throws {
        let d = try diagnostics("  obligaciones:\n    fecha_verificacion: 30/02/2025\n")
        #expect(brief(d) == ["6:25 invalid_value"])
        #expect(d[0].message.es == "«30/02/2025» no es una fecha válida AAAA-MM-DD")
        #expect(d[0].help?.es == "febrero de 2025 tiene 28 días: revise el día, y escriba la fecha año-mes-día, AAAA-MM-DD")
        #expect(d[0].help?.en == "February 2025 has 28 days: check the day, and write the date year-month-day, YYYY-MM-DD")
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 31/04/2025\n")[0].help?.es
            == "abril de 2025 tiene 30 días: revise el día, y escriba la fecha año-mes-día, AAAA-MM-DD")
        // The other separators the day-first suggestion reads, and day 0.
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 31-04-2025\n")[0].help?.es.hasPrefix("abril de 2025 tiene 30 días") == true)
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 31.04.2025\n")[0].help?.es.hasPrefix("abril de 2025 tiene 30 días") == true)
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 00/03/2025\n")[0].help?.es.hasPrefix("marzo de 2025 tiene 31 días") == true)
        // Month first (02/30) only when no month comes second, as a real date written so is read.
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 02/30/2025\n")[0].help?.es.hasPrefix("febrero de 2025 tiene 28 días") == true)
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 29/02/2024\n")[0].help?.es
            == "las fechas se escriben año-mes-día, AAAA-MM-DD: ¿quiso decir 2024-02-29?")
        // Month 13 cannot come second: read month first, a real day (13 May).
        #expect(try diagnostics("  obligaciones:\n    fecha_verificacion: 05/13/2025\n")[0].help?.es
            == "las fechas se escriben año-mes-día, AAAA-MM-DD: ¿quiso decir 2025-05-13?")
    }

    /// `1.640` in a count is 1.64 to YAML: the point is a decimal point, so the thousand it meant is shown.
    @Test func aPointAsThousandsSeparatorInACountIsShownWithout() throws {
        let d = try diagnostics("  solicitudes:\n    recibidas: 1.640\n    respondidas: 1.640.000\n")
        #expect(brief(d) == ["6:16 type_mismatch", "7:18 type_mismatch"])
        #expect(d[0].message.es == "se esperaba un número entero, se encontró «1.640»")
        #expect(d.map { $0.help?.es } == [
            "en el archivo el punto marca decimales: ¿quiso decir 1640? escriba las cifras sin separador de miles",
            "en el archivo el punto marca decimales: ¿quiso decir 1640000? escriba las cifras sin separador de miles",
        ])
        #expect(d[0].help?.en == "in the file a point marks decimals: did you mean 1640? write the digits without a thousands separator")
    }

    @Test func aFractionInACountSaysTheFieldCountsWholeThings() throws {
        let d = try diagnostics("  comite:\n    sesiones: 4.5\n")
        #expect(brief(d) == ["6:15 type_mismatch"])
        #expect(d[0].message.es == "se esperaba un número entero, se encontró «4.5»")
        #expect(d[0].help?.es == "este campo cuenta cosas enteras: escriba un número sin decimales")
        #expect(d[0].help?.en == "this field counts whole things: write a number without decimals")
    }

    /// `""` where a number, a date or true/false goes: the figure is not at hand, or the value was quoted.
    @Test func anEmptyQuotedTextWhereAValueGoesSaysToLeaveTheFieldEmpty() throws {
        let d = try diagnostics("""
              obligaciones:
                indice_portal: ""
                fecha_verificacion: ""
              comite:
                instalado: ""
              solicitudes:
                recibidas: ''

            """)
        #expect(brief(d) == ["6:20 type_mismatch", "7:25 invalid_value", "9:16 type_mismatch", "11:16 type_mismatch"])
        #expect(d[0].message.es == "se esperaba un número, se encontró «»")
        #expect(d.map { $0.help?.es } == [
            "deje el campo sin valor (indice_portal:) si no tiene el dato, o escriba el valor sin comillas",
            "deje el campo sin valor (fecha_verificacion:) si no tiene el dato, o escriba el valor sin comillas",
            "deje el campo sin valor (instalado:) si no tiene el dato, o escriba el valor sin comillas",
            "deje el campo sin valor (recibidas:) si no tiene el dato, o escriba el valor sin comillas",
        ])
        #expect(d[0].help?.en == "leave the field without a value (indice_portal:) if you do not have the figure, or write the value without quotes")
    }

    /// The help says the field's range: a percent's is 0 to 100, the portal index's (a number) its min and max,
    /// a count's its minimum onwards.
    @Test func aValueOutOfBoundsSaysTheFieldsRange() throws {
        let above = try diagnostics("  obligaciones:\n    indice_portal: 174.5\n")
        #expect(brief(above) == ["6:20 out_of_range"])
        #expect(above[0].message.es == "174.5 es mayor que el máximo 100")
        #expect(above[0].help?.es == "el valor va de 0 a 100")
        #expect(above[0].help?.en == "the value goes from 0 to 100")
        let percent = try diagnostics("  agenda:\n    compromisos:\n      - avance: 150\n      - avance: -5\n")
        #expect(brief(percent) == ["7:17 out_of_range", "8:17 out_of_range"])
        #expect(percent.map { $0.help?.es } == ["es un porcentaje, de 0 a 100", "es un porcentaje, de 0 a 100"])
        #expect(percent[0].help?.en == "it is a percentage, from 0 to 100")
        let negative = try diagnostics("  comite:\n    sesiones: -4\n")
        #expect(brief(negative) == ["6:15 out_of_range"])
        #expect(negative[0].message.es == "-4 es menor que el mínimo 0")
        #expect(negative[0].help?.es == "el valor va de 0 en adelante")
        #expect(negative[0].help?.en == "the value goes from 0 upwards")
    }

    /// A ratio keeps its own help above 1, and says its range below 0.
    @Test func aRatioOutOfBoundsSaysItGoesFromZeroToOne() throws {
        let mini = (rules: "Tests/Fixtures/mini/rules", policy: "Tests/Fixtures/mini/policy.yaml", ruleSet: "mini")
        let above = try diagnostics("  b:\n    r: 75\n", rules: mini.rules, policy: mini.policy, ruleSet: mini.ruleSet)
        #expect(above.map { $0.help?.es } == ["una razón va de 0 a 1 (75 % se escribe 0.75)"])
        let below = try diagnostics("  b:\n    r: -0.5\n", rules: mini.rules, policy: mini.policy, ruleSet: mini.ruleSet)
        #expect(brief(below) == ["6:8 out_of_range"])
        #expect(below[0].help?.es == "una razón va de 0 a 1")
    }

    /// As for numbers and dates: the quotes came from a document, and what is left is a boolean.
    @Test func typographicQuotesAroundABooleanAreShownWithout() throws {
        let d = try diagnostics("  comite:\n    instalado: “true”\n")
        #expect(brief(d) == ["6:16 type_mismatch"])
        #expect(d[0].help?.es == "quite las comillas tipográficas, copiadas de un documento: escriba true")
        // Straight quotes are said to make it a text, as for a quoted number ("se esperaba true o false, se
        // encontró «true»" with the general help read as self-contradictory): ValueAdviceTests.
        #expect(try diagnostics("  comite:\n    instalado: \"true\"\n")[0].help?.es == "quite las comillas: entre comillas, «true» es un texto")
    }
}
