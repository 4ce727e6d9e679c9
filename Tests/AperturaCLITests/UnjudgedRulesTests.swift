import Foundation
import Testing
import TestSupport

/// A file that validates clean must not come out unscored: the Métrica's indicators read
/// `has(tc.valor) ? tc.valor : <mean of its components>`, so no single answer of `tc` is required in the form, yet
/// with none of them the rules that read TC are "not reported" and the Métrica gives no score. `validate` says so,
/// one `missing_answer` error per such rule; `evaluate` does not claim a score counts them; the batch says why.
@Suite struct UnjudgedRulesTests {
    /// Examples/mga/municipio-medido.yaml with TC's line replaced (line 16 of the file: `  tc: {valor: 0.55}`).
    static func medido(tc replacement: String) throws -> String {
        try CLI.copy("Examples/mga/municipio-medido.yaml", replacing: [("  tc: {valor: 0.55}\n", replacement)])
    }

    @Test func anEmptySectionIsTwoErrorsAtItsKey() throws {
        // `tc: {}` on line 16, its key at column 3 (two spaces of indentation). Two rules read TC: tc_aprobatorio
        // (indicator tc) and ga_aprobatorio (indicator ga, through t = (tg + tc) / 2); the evaluation names the
        // four components each lacks, in the form's order. tc.valor is tested with has(): the alternative.
        let file = try Self.medido(tc: "  tc: {}\n")
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        let list = "tc.disponible, tc.clara, tc.completa, tc.rapida"
        #expect(r.stderr == """
            \(file):16:3: error[missing_answer]: faltan respuestas que necesita la regla «Índice de Gobierno Abierto aprobatorio» (ga_aprobatorio): \(list); sin ellas no se puede juzgar
              = ayuda: responda lo que falta (o el valor de tc.valor, si la regla lo admite)
            \(file):16:3: error[missing_answer]: faltan respuestas que necesita la regla «TC aprobatorio» (tc_aprobatorio): \(list); sin ellas no se puede juzgar
              = ayuda: responda lo que falta (o el valor de tc.valor, si la regla lo admite)
            \(file): 2 errores

            """, "\(r.stderr)")
        let en = try CLI.run(["validate", file, "--lang", "en"])
        #expect(en.stderr.contains("\(file):16:3: error[missing_answer]: missing answers that rule 'Passing TC' (tc_aprobatorio) needs: \(list); without them it cannot be judged\n  = help: answer what is missing (or the value of tc.valor, if the rule allows it)\n"), "\(en.stderr)")
    }

    @Test func twoComponentsGivenLeaveTheOtherTwo() throws {
        let file = try Self.medido(tc: "  tc: {disponible: 0.5, clara: 0.5}\n")
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(file):16:3: error[missing_answer]: faltan respuestas que necesita la regla «TC aprobatorio» (tc_aprobatorio): tc.completa, tc.rapida; sin ellas no se puede juzgar\n"), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("\(file): 2 errores\n"))
    }

    @Test func aMissingSectionIsReportedAtAnswers() throws {
        // No `tc:` line: the section is not written, so the errors stand at `answers:` (line 14, column 1).
        let file = try Self.medido(tc: "")
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        #expect(r.stderr.components(separatedBy: "\n").filter { $0.contains("error[missing_answer]") }.map { $0.components(separatedBy: ": error")[0] }
                == ["\(file):14:1", "\(file):14:1"], "\(r.stderr)")
    }

    @Test func requiredAnswersAreReportedOnceAsBefore() throws {
        // comite.integrantes_garante is required: its own error (line 17, column 5, where the key stood before the line
        // went) says it; comite_integrado, left not reported for want of it alone, adds nothing.
        let text = try CLI.read("Examples/municipio-zapopan.yaml")
        let input = text.components(separatedBy: "\n").filter { !$0.contains("integrantes_garante") }.joined(separator: "\n")
        let r = try CLI.run(["validate", "/dev/stdin"], input: input)
        #expect(r.status == 65)
        #expect(r.stderr.components(separatedBy: "\n").filter { $0.contains("error[") }
                == ["/dev/stdin:17:5: error[missing_answer]: falta la respuesta «comite.integrantes_garante»: Número de integrantes que representan al organismo garante (autoridad garante)"])
        #expect(r.stderr.hasSuffix("/dev/stdin: 1 error\n"))
    }

    @Test func withNoScoreTheWarningSaysThereIsNone() throws {
        let file = try Self.medido(tc: "  tc: {}\n")
        let es = try CLI.run(["evaluate", file, "--as-of", "2017-02-01"])
        #expect(es.stdout.contains("\nPuntaje: —\nAtención: 2 reglas no se pudieron juzgar porque faltan respuestas (no reportado); "
                + "sin esas respuestas no hay puntaje. Complete las respuestas antes de entregar.\n"), "\(es.stdout)")
        #expect(!es.stdout.contains("el puntaje las cuenta"))
        let en = try CLI.run(["evaluate", file, "--as-of", "2017-02-01", "--lang", "en", "--format", "markdown"])
        #expect(en.stdout.contains("- **Attention:** 2 rules could not be judged because answers are missing (not reported); "
                + "without those answers there is no score. Complete the answers before delivering.\n"), "\(en.stdout)")
        let html = try CLI.run(["evaluate", file, "--as-of", "2017-02-01", "--format", "html"])
        #expect(html.stdout.contains("<p class=\"alert\"><strong>Atención:</strong> 2 reglas no se pudieron juzgar porque faltan respuestas (no reportado); "
                + "sin esas respuestas no hay puntaje. Complete las respuestas antes de entregar.</p>"))
    }

    @Test func aBatchSaysWhyAnInstitutionIsNotScored() throws {
        let input = Scratch.url.appendingPathComponent("unjudged-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let file = try Self.medido(tc: "  tc: {}\n")
        try FileManager.default.copyItem(atPath: file, toPath: input + "/medido.yaml")
        let out = input + "-out"
        let r = try CLI.run(["batch", input, "--output", out, "--as-of", "2017-02-01"])
        #expect(r.status == 0, "\(r.stderr)")
        let results = try String(contentsOfFile: out + "/results.csv", encoding: .utf8)
        #expect(results.contains(",not_scored,"))
        // The section read is `{}`, which starts at column 7 of line 16.
        let warnings = try String(contentsOfFile: out + "/warnings.csv", encoding: .utf8)
        #expect(warnings.contains("\(input)/medido.yaml,16,7,not_scored,\"sin puntaje: faltan respuestas que necesitan las reglas "
                + "ga_aprobatorio, tc_aprobatorio: tc.disponible, tc.clara, tc.completa, tc.rapida (pida a la institución que responda lo que falta)\""),
                "\(warnings)")
    }
}
