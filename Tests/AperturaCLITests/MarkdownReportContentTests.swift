import Foundation
import Testing
import TestSupport

/// What the Markdown report says, line by line, worked out from the examples and docs/REPORT.md: each gap
/// numbered from 1 with its value, goal (marked proposed), distance, deadline and what it adds; what is missing
/// below it; the objectives' rules met of applicable; the proposed dates of the phase.
@Suite struct MarkdownReportContentTests {
    static let zapopan = ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", "markdown"]

    /// Zapopan's four gaps (Examples/expected/municipio-zapopan.outcomes.yaml): practicas_calidad 1 of 3 = 33.33 %
    /// against 50 %, 16.67 points short, adding 1/2 of proactive transparency over 4 objectives = 0.125;
    /// cumplimiento_portal 76 against 80 on a 0-100 score, weight 2 of 5 over 4 = 0.10; agenda_publicada
    /// answered but without its document, 1 of 10 over 4 = 0.025. Each says where to fix it: the practices' list
    /// (line 104, its first item at column 7) and the empty `documento: []` (line 27, the value at column 16).
    @Test func gapsInSpanish() throws {
        let out = try CLI.run(Self.zapopan + ["--view", "gaps"]).stdout
        #expect(out.contains("""

            1. **Prácticas con los nueve atributos, población objetivo y formato abierto** (`practicas_calidad`): no cumple; actual 33.33 %; meta ≥ 50 % (propuesta); distancia 16.67 puntos porcentuales; a más tardar el 2027-12-31; aporta +0.13
               - Siguiente fase: ≥ 75 % (propuesta) a más tardar el 2030-12-31
               - Respuesta en `Examples/municipio-zapopan.yaml:104:7`
               - Qué hacer: Revise cada práctica
            """), "\(out)")
        #expect(out.contains("\n2. **Cumplimiento de obligaciones en el portal** (`cumplimiento_portal`): no cumple; actual 76 / 100; meta ≥ 80 / 100 (propuesta); distancia 4 puntos; a más tardar el 2027-12-31; aporta +0.10\n"))
        #expect(out.contains("""

            4. **Agenda compartida publicada** (`agenda_publicada`): falta evidencia; actual sí; meta sí (propuesta); a más tardar el 2027-12-31; aporta +0.03
               - el valor alcanza la meta pero falta la evidencia: agenda.documento
               - Siguiente fase: sí (propuesta) a más tardar el 2030-12-31
               - Respuesta en `Examples/municipio-zapopan.yaml:27:16`
               - Qué hacer: Publique el documento que respalda su respuesta y registre su enlace o su nombre en `agenda.documento`.

            """), "\(out)")
        #expect(!out.contains("5. **"))
        #expect(out.contains("- Fecha de corte: 2026-06-30; fase: Inicio (2025-01-01 – 2027-12-31, fechas propuestas)\n"))
        #expect(!out.contains("## Objetivos"))
    }

    @Test func gapsInEnglish() throws {
        let out = try CLI.run(Self.zapopan + ["--view", "gaps", "--lang", "en"]).stdout
        #expect(out.contains("\n2. **Compliance with obligations on the portal** (`cumplimiento_portal`): not met; actual 76 / 100; goal ≥ 80 / 100 (proposed); distance 4 points; by 2027-12-31; adds +0.10\n"), "\(out)")
        #expect(out.contains("- As of: 2026-06-30; phase: "))
        #expect(out.contains(", proposed dates)\n"))
    }

    /// Objectives: score, then rules met of those that apply (participation: 8 of 9).
    @Test func objectivesTable() throws {
        let out = try CLI.run(Self.zapopan + ["--view", "compliance"]).stdout
        #expect(out.contains("\n| Participación ciudadana y cocreación | 0.90 | 8/9 |\n"), "\(out)")
        #expect(out.contains("\n| Obligaciones de transparencia y acceso a la información | 0.40 | 2/4 |\n"))
        #expect(!out.contains("## Brechas"))
        // agenda_publicada's finding says what is missing in its detail cell.
        #expect(out.contains("| falta evidencia | sí | sí (propuesta) | el valor alcanza la meta pero falta la evidencia: agenda.documento | `Rules/pai/rules/participacion.yaml:86:5` |"))
    }

    /// Under the Métrica's indicator model a gap adds to the weighted rule score, and says so:
    /// ga_aprobatorio 0.48 against "more than 0.6" (official, no mark), one rule of three objectives = 1/3.
    @Test func indicatorModelGapSaysWhatItAddsTo() throws {
        let out = try CLI.run(["evaluate", "Examples/mga/municipio-medido.yaml", "--as-of", "2017-02-28", "--format", "markdown", "--view", "gaps"]).stdout
        #expect(out.contains("\n1. **Índice de Gobierno Abierto aprobatorio** (`ga_aprobatorio`): no cumple; actual 0.48; meta > 0.6; distancia 0.12; a más tardar el 2035-12-31; aporta +0.33 al puntaje ponderado de reglas\n"), "\(out)")
    }

    /// Every rule that applies is met (Examples/expected/mga/universidad-componentes.outcomes.yaml): the gap list
    /// says so, in the report's language.
    @Test func noGaps() throws {
        let args = ["evaluate", "Examples/mga/universidad-componentes.yaml", "--as-of", "2017-02-28", "--format", "markdown", "--view", "gaps"]
        #expect(try CLI.run(args).stdout.hasSuffix("## Brechas\n\nNinguna: se cumplen todas las reglas que aplican.\n"))
        #expect(try CLI.run(args + ["--lang", "en"]).stdout.hasSuffix("## Gaps\n\nNone: every rule that applies is met.\n"))
    }

    /// A rule that does not apply judged nothing: no value and no goal in its row, as in the text report. r_r
    /// (goal 0.6) is for municipalities, and the party is not one.
    @Test func aRuleThatDoesNotApplyShowsNoGoal() throws {
        let r = try CLI.run(["evaluate", "Tests/Fixtures/mini/partido.yaml", "--rules", "Tests/Fixtures/mini/rules", "--policy", "Tests/Fixtures/mini/policy.yaml",
                             "--as-of", "2026-06-30", "--format", "markdown", "--view", "compliance"])
        #expect(r.stdout.contains("\n| Razón de municipios (`r_r`) | no aplica |  |  | no corresponde a este orden de gobierno o tipo de institución | `"), "\(r.stdout) \(r.stderr)")
    }

    /// A `|` in a rule's name is escaped in its table cell; a name written over two lines stays on its heading.
    @Test func pipeInACellAndABrokenName() throws {
        let dir = Scratch.url.appendingPathComponent("markdown-content-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "Tests/Fixtures/mini/rules", toPath: dir + "/rules")
        let rules = try CLI.read("Tests/Fixtures/mini/rules/rules.yaml")
        let piped = rules.replacingOccurrences(of: "name: {es: Proporción, en: Share}", with: "name: {es: \"Proporción | parte\", en: Share}")
        #expect(piped != rules)
        try piped.write(toFile: dir + "/rules/rules.yaml", atomically: true, encoding: .utf8)
        let municipio = try CLI.read("Tests/Fixtures/mini/municipio.yaml")
        let broken = municipio.replacingOccurrences(of: "  name: Municipio de prueba\n", with: "  name: |-\n    Municipio\n    de prueba\n")
        #expect(broken != municipio)
        try broken.write(toFile: dir + "/municipio.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["evaluate", dir + "/municipio.yaml", "--rules", dir + "/rules", "--policy", "Tests/Fixtures/mini/policy.yaml",
                             "--as-of", "2026-06-30", "--format", "markdown"])
        #expect(r.stdout.hasPrefix("# Reporte de cumplimiento: Municipio de prueba\n\n> **Borrador: las reglas y la política de evaluación están en revisión; no es una evaluación oficial.**\n\n- Institución: Municipio de prueba (`M-1`), "), "\(r.stdout.prefix(300)) \(r.stderr)")
        #expect(r.stdout.contains("\n| Proporción \\| parte (`r_share`) | cumple | 50 % | ≥ 50 % |  | `"), "\(r.stdout)")
    }
}
