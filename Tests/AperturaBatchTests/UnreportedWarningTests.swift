@testable import AperturaBatch
import AperturaModel
import Foundation
import Testing

/// An institution whose rules went unjudged for want of answers is named in warnings.csv, whether or not the policy
/// still gives it a score: under the PAI a rule not reported counts as not met, so a self-assessment cut after its
/// header scored 0, "evaluated", with no word of what was missing. A table row's warning is said in the table's terms.
@Suite struct UnreportedWarningTests {
    /// The Métrica's four indices from a `;` table with columns Clave, Nombre, Entidad, Nivel, Tipo, TG, TC, PG, PC.
    static let metricaMapping = """
        kind: csv_mapping
        rule_set: mga
        delimiter: ";"
        institution:
          id: Clave
          name: Nombre
          state: {column: Entidad, convert: state_name}
          order: {column: Nivel, values: {Municipal: municipal}}
          kind: {column: Tipo, values: {Municipio: municipio}}
        answers:
          tg.valor: TG
          tc.valor: TC
          pg.valor: PG
          pc.valor: PC
        """

    /// Runs the batch over `text`, a Métrica table read with `metricaMapping`, in a scratch folder; its output folder.
    static func metricaRun(_ text: String, in folder: String, table: String) throws -> String {
        let dir = Fixtures.temporaryDirectory(folder)
        Fixtures.write(metricaMapping, dir + "/mapeo.yaml")
        Fixtures.write(text, dir + "/" + table)
        let out = dir + "/out"
        _ = try BatchRunner.run(BatchOptions(inputs: [dir + "/" + table], outputDirectory: out, rules: Fixtures.mgaRules,
                                             policy: Fixtures.mgaPolicy, asOf: Day("2017-02-01")!, mapping: dir + "/mapeo.yaml"))
        return out
    }

    /// a.yaml: the Zapopan example (every rule judged); b13.yaml: its first 13 lines (the header, down to
    /// `population:`: no period, no answers); c30.yaml: its first 30 lines (an upload cut inside the agenda's first
    /// commitment, after `especifico: true`).
    @Test func aCutSelfAssessmentIsWarnedOfAndCounted() throws {
        let dir = Fixtures.temporaryDirectory("unreported-in")
        let lines = Fixtures.read(Fixtures.zapopan).split(separator: "\n", omittingEmptySubsequences: false)
        Fixtures.write(Fixtures.read(Fixtures.zapopan), dir + "/a.yaml")
        Fixtures.write(lines.prefix(13).joined(separator: "\n").replacingOccurrences(of: "SO-JAL-01120", with: "SO-JAL-90013") + "\n", dir + "/b13.yaml")
        Fixtures.write(lines.prefix(30).joined(separator: "\n").replacingOccurrences(of: "SO-JAL-01120", with: "SO-JAL-90030") + "\n", dir + "/c30.yaml")
        let out = Fixtures.temporaryDirectory("unreported-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        // As `evaluate` does: the two are evaluated (a rule not reported counts as not met), and said to be incomplete.
        #expect(result.allEvaluated)
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 3)
        #expect(summary.counts.notScored == 0)
        #expect(summary.counts.notReported == 2)
        #expect(summary.counts.warningRows == 2)
        let rows = Fixtures.records(out + "/warnings.csv").dropFirst().map { [URL(fileURLWithPath: $0[0]).lastPathComponent] + $0[1...] }
        #expect(rows.map { Array($0[0...3]) } == [
            // The document starts at line 5 (after four comment lines).
            ["b13.yaml", "5", "1", "not_reported"],
            // The first answer missing is agenda.compromisos[0].medible: its item's `- descripcion:` is line 29, column 9.
            ["c30.yaml", "29", "9", "not_reported"],
        ])
        // All 17 rules apply to a municipality of 1.4 million; with no answers none can be judged.
        #expect(rows.first?[4] == "la autoevaluación no tiene respuestas (falta la sección answers, o está vacía): 17 reglas no reportadas, "
                + "que el puntaje cuenta como no cumplidas (pida a la institución su autoevaluación completa: la que entregó puede estar cortada)")
        // c30 keeps the committee (installed, dated, its members) and the agenda's publication: comite_instalado,
        // comite_integrado, comite_con_fecha and agenda_publicada are judged; the other 13 of the 17 lack answers.
        let cut = try #require(rows.last?[4])
        #expect(cut.hasPrefix("13 reglas no reportadas, que el puntaje cuenta como no cumplidas: faltan respuestas que necesitan las reglas compromisos_calidad, "), "\(cut)")
        #expect(cut.contains(": agenda.compromisos[0].medible, agenda.compromisos[0].atribuible, "), "\(cut)")
        #expect(cut.contains("obligaciones.indice_portal, solicitudes.recibidas"), "\(cut)")
        let html = Fixtures.read(out + "/report.html")
        #expect(html.contains("<dt>Con puntaje y reglas no reportadas (contadas como no cumplidas)</dt><dd>2</dd>"))
        #expect(Fixtures.read(out + "/summary.json").contains("\"not_reported\" : 2"))
    }

    /// Columns A clave, B nombre, C tipo, D orden, E estado, F comite, G recibidas, H portal, I acta: the row leaves
    /// `portal` (obligaciones.indice_portal) empty. `SO-1,Municipio,municipio,Municipal,Jalisco,` is 43 bytes, `sí,` 4
    /// (two for «í»), `2,` 2: H starts at column 50 of line 2. The answers no column feeds are said to have none.
    @Test func aRowIsToldOfTheEmptyCellOfAMissingAnswer() throws {
        let out = try CSVCellNamingTests().run("SO-1,Municipio,municipio,Municipal,Jalisco,sí,2,,\n")
        let rows = Fixtures.records(out + "/warnings.csv").dropFirst().map { $0 }
        #expect(rows.map { Array($0[1...3]) } == [["2", "50", "not_reported"]])
        let message = try #require(rows.first?[4])
        #expect(message.contains("obligaciones.indice_portal, en la columna «portal» (H); la tabla no tiene columna para comite.integrantes_institucion, "), "\(message)")
        #expect(!message.contains("«clave» (A)"), "\(message)")
    }

    /// The Métrica's `tc.valor: TC` with TC empty: tc_aprobatorio (and ga_aprobatorio, which reads its indicator)
    /// then asks for TC's components, which no column feeds; `tc.valor`, which the rule tests with has() and which
    /// stands for them, is named with its column. `NL-001;A;Nuevo León;Municipal;Municipio;0,5;` is 7 + 2 + 12 (two
    /// bytes for «ó») + 10 + 10 + 4 = 45 bytes: TC (G) starts at column 46 of line 2.
    @Test func aMetricaRowIsToldOfTheColumnThatStandsForTheMissingAnswers() throws {
        let out = try Self.metricaRun("Clave;Nombre;Entidad;Nivel;Tipo;TG;TC;PG;PC\nNL-001;A;Nuevo León;Municipal;Municipio;0,5;;0,5;0,5\n",
                                      in: "unreported-mga", table: "tabla.csv")
        let rows = Fixtures.records(out + "/warnings.csv").dropFirst().map { $0 }
        #expect(rows.map { Array($0[1...4]) } == [["2", "46", "not_scored",
            "sin puntaje: faltan respuestas que necesitan las reglas ga_aprobatorio, tc_aprobatorio: la tabla no tiene columna para "
                + "tc.disponible, tc.clara, tc.completa, tc.rapida; o, si la regla lo admite, en su lugar tc.valor, en la columna «TC» (G) "
                + "(pida a la institución que responda lo que falta)"]])
    }
}
