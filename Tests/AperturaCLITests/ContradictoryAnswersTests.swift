import Foundation
import TestSupport
import Testing

/// Answers that contradict one another give an indicator a value its unit cannot take (a ratio above 1): the rule
/// is in error, never met, and `validate` says so before the file is delivered.
@Suite struct ContradictoryAnswersTests {
    /// Zapopan with 3,200 requests answered on time of 3,120 received (line 149): 3200 / 3120 = 1.025641…, shown
    /// to four decimals as 1.0256, outside the ratio's 0 to 1.
    func contradictoryZapopan() throws -> String {
        try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [("respondidas_en_plazo: 2850\n", "respondidas_en_plazo: 3200\n")])
    }

    @Test func aRatioAboveOneIsAnErrorNotAPass() throws {
        let file = try contradictoryZapopan()
        let r = try CLI.run(["evaluate", file, "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("‼ error  Solicitudes respondidas en plazo [solicitudes_en_plazo]"), "\(r.stdout)")
        #expect(r.stdout.contains("el indicador dio 1.0256, fuera del rango de su unidad (0 a 1)"))
        #expect(!r.stdout.contains("✔ cumple  Solicitudes respondidas en plazo"))
        // Its gap says to correct what it reads, not how to answer requests on time.
        #expect(r.stdout.contains("qué hacer: Revise y corrija las respuestas de las que se calcula, que se contradicen o salen de su rango: `solicitudes.recibidas`, `solicitudes.respondidas_en_plazo`, `solicitudes.reporte`."), "\(r.stdout)")
    }

    @Test func validateWarnsAtTheFirstAnswerTheRuleReads() throws {
        let file = try contradictoryZapopan()
        let r = try CLI.run(["validate", file])
        #expect(r.status == 0)
        // `recibidas: 3120` is line 149; its value starts after four spaces and "recibidas: " (column 16).
        #expect(r.stderr.contains("\(file):149:16: advertencia[rule_error]: la regla «Solicitudes respondidas en plazo» no se puede evaluar: el indicador dio 1.0256"), "\(r.stderr)")
        // The other warning is the example's own: its empty `agenda.documento` (27:16).
        #expect(r.stderr.hasSuffix("\(file): válido, con 2 advertencias\n"), "\(r.stderr)")
        let english = try CLI.run(["validate", file, "--lang", "en"])
        #expect(english.stderr.contains("warning[rule_error]: rule 'Requests answered on time' cannot be evaluated: the indicator yielded 1.0256, outside the range of its unit (0 to 1)"), "\(english.stderr)")
    }

    @Test func theUntouchedExampleHasNoRuleInError() throws {
        let r = try CLI.run(["validate", "Examples/municipio-zapopan.yaml"])
        #expect(!r.stderr.contains("rule_error"))
    }
}
