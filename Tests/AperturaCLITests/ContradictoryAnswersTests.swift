import Foundation
import TestSupport
import Testing

/// Answers that contradict one another leave an indicator without a value: the rule is in error, never met, and
/// `validate` says so before the file is delivered. 3,200 requests answered on time of 3,120 received gave a
/// ratio of 1.0256, outside its unit; the PAI indicator's `valid_when` now names the condition broken first
/// (3,200 on time of 3,098 answered), which is what these expectations say since that key was added.
@Suite struct ContradictoryAnswersTests {
    /// Zapopan with 3,200 requests answered on time (line 151) of 3,098 answered (line 150) and 3,120 received (line 149).
    func contradictoryZapopan() throws -> String {
        try CLI.copy("Examples/municipio-zapopan.yaml", replacing: [("respondidas_en_plazo: 2850\n", "respondidas_en_plazo: 3200\n")])
    }

    @Test func aRatioAboveOneIsAnErrorNotAPass() throws {
        let file = try contradictoryZapopan()
        let r = try CLI.run(["evaluate", file, "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("‼ error  Solicitudes respondidas en plazo [solicitudes_en_plazo]"), "\(r.stdout)")
        #expect(r.stdout.contains("las respuestas de las que se calcula se contradicen: no se cumple solicitudes.respondidas_en_plazo <= solicitudes.respondidas"))
        #expect(!r.stdout.contains("✔ cumple  Solicitudes respondidas en plazo"))
        // Its gap says to correct what it reads, not how to answer requests on time.
        // The answers are to be checked first; right as they are, the formula is the authority's to mend.
        #expect(r.stdout.contains("qué hacer: Revise y corrija las respuestas de las que se calcula, que se contradicen o salen de su rango: `solicitudes.recibidas`, `solicitudes.respondidas`, `solicitudes.respondidas_en_plazo`, `solicitudes.reporte`. Si son correctas, avise a la autoridad que publica las reglas: la fórmula estaría mal."), "\(r.stdout)")
    }

    @Test func validateWarnsAtTheAnswerThatContradicts() throws {
        let file = try contradictoryZapopan()
        let r = try CLI.run(["validate", file])
        #expect(r.status == 0)
        // At the answer of the condition that fails: `respondidas_en_plazo: 3200`, line 151, its value after four
        // spaces and "respondidas_en_plazo: " (column 27). It was at the first answer the rule reads, `recibidas`
        // (149:16), which is right.
        #expect(r.stderr.contains("\(file):151:27: advertencia[rule_error]: la regla «Solicitudes respondidas en plazo» no se puede evaluar: las respuestas de las que se calcula se contradicen: no se cumple solicitudes.respondidas_en_plazo <= solicitudes.respondidas"), "\(r.stderr)")
        // The other warning is the example's own: its empty `agenda.documento` (27:16).
        #expect(r.stderr.hasSuffix("\(file): válido, con 2 advertencias\n"), "\(r.stderr)")
        let english = try CLI.run(["validate", file, "--lang", "en"])
        #expect(english.stderr.contains("warning[rule_error]: rule 'Requests answered on time' cannot be evaluated: the answers it is computed from contradict one another: solicitudes.respondidas_en_plazo <= solicitudes.respondidas does not hold"), "\(english.stderr)")
    }

    @Test func theUntouchedExampleHasNoRuleInError() throws {
        let r = try CLI.run(["validate", "Examples/municipio-zapopan.yaml"])
        #expect(!r.stderr.contains("rule_error"))
    }
}
