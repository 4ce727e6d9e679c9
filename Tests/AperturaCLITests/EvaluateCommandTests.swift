import Foundation
import Testing
import TestSupport

/// `apertura evaluate`: reports in both languages and three formats, and the exit codes.
@Suite struct EvaluateCommandTests {
    let zapopan = ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"]

    @Test func spanishTextByDefault() throws {
        let r = try CLI.run(zapopan)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try CLI.read("Examples/expected/municipio-zapopan.report.es.txt")))
        // Not a terminal: no colour codes.
        #expect(!r.stdout.contains("\u{1B}["))
    }

    @Test func englishOnRequest() throws {
        let r = try CLI.run(zapopan + ["--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout == (try CLI.read("Examples/expected/municipio-zapopan.report.en.txt")))
    }

    @Test func jsonAndMarkdown() throws {
        let json = try CLI.run(zapopan + ["--format", "json"])
        #expect(json.stdout == (try CLI.read("Examples/expected/municipio-zapopan.report.json")))
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "apertura.report/1")
        let markdown = try CLI.run(zapopan + ["--format", "markdown", "--view", "gaps"])
        #expect(markdown.stdout.hasPrefix("# Reporte de cumplimiento: Municipio de Zapopan\n"))
        #expect(markdown.stdout.contains("## Brechas"))
        #expect(!markdown.stdout.contains("## Cumplimiento por regla"))
    }

    /// Under the `indicator` model the score is an indicator's value (the Métrica's GA), and a gap's gain is
    /// what meeting the rule adds to the rules' weighted score: said so, not "to the score".
    @Test func gainsUnderTheIndicatorModelNameTheWeightedRuleScore() throws {
        let mga = ["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-28", "--view", "gaps"]
        let es = try CLI.run(mga)
        #expect(es.stdout.contains("Puntaje: 0.48"))
        #expect(es.stdout.contains("aporta +0.33 al puntaje ponderado de reglas\n"))
        #expect(!es.stdout.contains("al puntaje\n") && !es.stdout.contains("al puntaje ·"))
        #expect(try CLI.run(mga + ["--lang", "en", "--format", "markdown"]).stdout.contains("adds +0.33 to the weighted rule score"))
        // Under weighted_rules the gain is the score's own.
        #expect(try CLI.run(zapopan + ["--view", "gaps"]).stdout.contains("aporta +0.13 al puntaje ·"))
    }

    /// The Métrica ranks its gaps by weight x (1 - value) (shared/data/mga2017/README.md), and Rules/mga says its
    /// gaps follow it. TG, TC, PG and PC weigh 1/4 each, so meeting any one adds the same; among equals the one
    /// furthest from its goal comes first. The tester's case: TG 0.1 and PC 0.59 fail, against 0.6: TG misses
    /// 0.5 / 0.6 of its goal, PC 0.01 / 0.6; by weight x (1 - value), 0.225 against 0.1025. Before, PC came first by
    /// its id.
    @Test func equalGainsPutTheFurthestGapFirst() throws {
        let file = try CLI.copy("Examples/mga/municipio-medido.yaml", replacing: [
            ("tg: {valor: 0.62}", "tg: {valor: 0.1}"), ("tc: {valor: 0.55}", "tc: {valor: 0.9}"),
            ("pg: {valor: 0.3}", "pg: {valor: 0.9}"), ("pc: {valor: 0.45}", "pc: {valor: 0.59}"),
        ])
        let r = try CLI.run(["evaluate", file, "--as-of", "2017-02-28", "--format", "json", "--view", "gaps"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let gaps = try #require(report["gaps"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        #expect(gaps == ["tg_aprobatorio", "pc_aprobatorio"])
    }

    /// `--output` naming the self-assessment (under any spelling of its path) would replace it with the report.
    @Test func theOutputCannotBeTheSelfAssessment() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-same-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/autoevaluacion.yaml"
        let original = try CLI.read("Examples/municipio-zapopan.yaml")
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        for output in [file, dir + "/./autoevaluacion.yaml"] {
            let r = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--output", output])
            #expect(r.status == 64)
            #expect(r.stderr.contains("es la autoevaluación misma"), "\(r.stderr)")
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
        // Another file beside it is written as usual.
        #expect(try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--output", dir + "/reporte.txt"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/reporte.txt"))
    }

    /// The gap view alone says what a gap lacks: the answers not given, the evidence not recorded.
    @Test func gapsSayWhatIsMissing() throws {
        let gaps = try CLI.run(zapopan + ["--view", "gaps"])
        #expect(gaps.stdout.contains("falta evidencia  Agenda compartida publicada [agenda_publicada]\n     actual sí → meta sí [meta propuesta] a más tardar el 2027-12-31\n     el valor alcanza la meta pero falta la evidencia: agenda.documento\n"))
        let withoutPortal = try CLI.read("Examples/municipio-zapopan.yaml").replacingOccurrences(of: "    indice_portal: 76.0\n", with: "")
        let r = try CLI.run(["evaluate", "/dev/stdin", "--as-of", "2026-06-30", "--view", "gaps", "--format", "json"], input: withoutPortal)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let portal = (object?["gaps"] as? [[String: Any]])?.first { $0["rule"] as? String == "cumplimiento_portal" }
        #expect(portal?["outcome"] as? String == "not_reported")
        #expect(portal?["detail"] as? String == "sin respuesta: obligaciones.indice_portal")
        // A value short of its goal needs no detail: actual, goal and distance say it.
        let met = (object?["gaps"] as? [[String: Any]])?.first { $0["rule"] as? String == "solicitudes_completas" }
        #expect(met?["outcome"] as? String == "not_met")
        #expect(met?["detail"] == nil)
    }

    /// A name written as a YAML block keeps its line breaks: in Markdown they would end the heading and the
    /// list item there, so they are folded into spaces.
    @Test func aNameWithLineBreaksStaysOnItsMarkdownLine() throws {
        let folded = try CLI.read("Examples/municipio-zapopan.yaml")
            .replacingOccurrences(of: "  name: Municipio de Zapopan\n", with: "  name: |\n    Municipio de\n    Zapopan\n")
        let r = try CLI.run(["evaluate", "/dev/stdin", "--as-of", "2026-06-30", "--format", "markdown"], input: folded)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Reporte de cumplimiento: Municipio de Zapopan\n\n> **Borrador: las reglas y la política de evaluación están en revisión; no es una evaluación oficial.**\n\n- Institución: Municipio de Zapopan (`SO-JAL-01120`), "))
    }

    @Test func failOnALevel() throws {
        // Zapopan reaches en_desarrollo (0.70): failing on en_desarrollo or better fails, on inicial passes.
        let failing = try CLI.run(zapopan + ["--fail-on", "en_desarrollo"])
        #expect(failing.status == 1)
        // Zapopan reaches 0.70, "En desarrollo" (Examples/expected/municipio-zapopan.outcomes.yaml): the reason is said.
        #expect(failing.stderr.hasSuffix("--fail-on en_desarrollo: el nivel obtenido, «En desarrollo», es ese o uno peor (salida 1)\n"), "\(failing.stderr)")
        #expect(try CLI.run(zapopan + ["--fail-on", "avanzado"]).status == 1)
        #expect(try CLI.run(zapopan + ["--fail-on", "inicial"]).status == 0)
        let unknown = try CLI.run(zapopan + ["--fail-on", "regular"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("avanzado, en_desarrollo, inicial, insuficiente"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-13-01"]).status == 64)
        #expect(try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--format", "pdf"]).status == 64)
        #expect(try CLI.run(["evaluate"]).status == 64)
        // The as-of date must fall in the policy's calendar.
        #expect(try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2024-01-01"]).status == 64)
    }

    /// A file of two self-assessments (a YAML stream) is one for `batch`: `evaluate` says so (64) rather than
    /// report on the first one only.
    @Test func aFileOfTwoSelfAssessmentsIsRefused() throws {
        let one = try CLI.read("Examples/municipio-zapopan.yaml")
        let r = try CLI.run(["evaluate", "/dev/stdin", "--as-of", "2026-06-30", "--lang", "en"], input: one + "\n---\n" + one)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("Error: the file holds 2 self-assessments: use apertura batch\n"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func invalidInputExits65() throws {
        let r = try CLI.run(["evaluate", "Examples/broken/tipo-incorrecto.yaml", "--as-of", "2026-06-30"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("Examples/broken/tipo-incorrecto.yaml:13:16: error[type_mismatch]"))
        let missing = try CLI.run(["evaluate", "Examples/does-not-exist.yaml"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("file_unreadable"))
    }

    @Test func anUnwritableOutputIsAnOutputErrorNotNonCompliance() throws {
        let r = try CLI.run(zapopan + ["--output", "/proc/apertura-no-such-dir/report.txt"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("no se pudo escribir «/proc/apertura-no-such-dir/report.txt»: "))
    }

    /// A self-assessment piped in through `/dev/stdin` is read once: finding its rule set first must not
    /// use up the pipe (it would then read as empty).
    @Test func aSelfAssessmentCanComeThroughStandardInput() throws {
        let zapopanText = try CLI.read("Examples/municipio-zapopan.yaml")
        let evaluated = try CLI.run(["evaluate", "/dev/stdin", "--as-of", "2026-06-30"], input: zapopanText)
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout.contains("Municipio de Zapopan (SO-JAL-01120)"))
        let validated = try CLI.run(["validate", "/dev/stdin"], input: zapopanText)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stderr.contains("/dev/stdin: válido"))
    }

    /// With `--rules`, a piped self-assessment is read with those rules; the default policy is then that
    /// rule set's (help: "la de Policies/ para ese conjunto de reglas"), not PAI's, which evaluates another rule
    /// set (it used to stop with rule_set_mismatch, exit 65). 0.48 is the hand-worked score of
    /// Examples/expected/mga/municipio-medido.outcomes.yaml.
    @Test func aPipedSelfAssessmentGetsThePolicyOfTheRulesGiven() throws {
        let medido = try CLI.read("Examples/mga/municipio-medido.yaml")
        let r = try CLI.run(["evaluate", "/dev/stdin", "--rules", "Rules/mga", "--as-of", "2017-02-28"], input: medido)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Puntaje: 0.48 · Nivel: No aprobatorio"), "\(r.stdout)")
        let explained = try CLI.run(["explain", "/dev/stdin", "--rule", "ga_aprobatorio", "--rules", "Rules/mga", "--as-of", "2017-02-28"],
                                    input: medido)
        #expect(explained.status == 0, "\(explained.stderr)")
    }

    @Test func theMetricaRuleSetIsPickedFromTheFile() throws {
        let r = try CLI.run(["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-28"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Puntaje: 0.48 · Nivel: No aprobatorio"))
    }

    @Test func outputFileIsWrittenWhole() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-cli-\(UUID().uuidString)")
        let path = dir.appendingPathComponent("report.json").path
        let r = try CLI.run(zapopan + ["--format", "json", "--output", path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == (try CLI.read("Examples/expected/municipio-zapopan.report.json")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.json"])
    }
}
