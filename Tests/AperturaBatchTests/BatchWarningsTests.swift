import AperturaBatch
import Foundation
import Testing

/// What reading a self-assessment warns of (a fraction on a 0-to-100 scale, a placeholder given as evidence)
/// reaches the oversight body: the institution is evaluated as written, and each warning is a row of
/// warnings.csv, counted in summary.json.
@Suite struct BatchWarningsTests {
    static let placeholder = ("    acta: [\"https://www.zapopan.gob.mx/transparencia/comite-apertura/acta-instalacion.pdf\"]\n", "    acta: [\"N/A\"]\n")
    static let fraction = ("    indice_portal: 76.0\n", "    indice_portal: 0.76\n")

    /// a.yaml: clean; b.yaml: both warnings; c.yaml: a stream of two documents, the second with the placeholder.
    static func inputs() -> String {
        let dir = Fixtures.temporaryDirectory("warnings-in")
        let zapopan = Fixtures.read(Fixtures.zapopan)
        #expect(zapopan.contains(placeholder.0) && zapopan.contains(fraction.0))
        Fixtures.write(zapopan, dir + "/a.yaml")
        Fixtures.write(Fixtures.zapopan(as: 1).replacingOccurrences(of: placeholder.0, with: placeholder.1)
            .replacingOccurrences(of: fraction.0, with: fraction.1), dir + "/b.yaml")
        let first = Fixtures.zapopan(as: 2)
        #expect(first.split(separator: "\n", omittingEmptySubsequences: false).count == 155)  // 154 lines and the final newline
        Fixtures.write("---\n" + first + "---\n" + Fixtures.zapopan(as: 3).replacingOccurrences(of: placeholder.0, with: placeholder.1), dir + "/c.yaml")
        return dir
    }

    @Test(arguments: [1, 2])
    func warningsAreListedAndCounted(jobs: Int) throws {
        let dir = Self.inputs()
        let out = Fixtures.temporaryDirectory("warnings-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: jobs))
        #expect(result.allEvaluated)
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 4)
        #expect(summary.counts.warningRows == 3)
        #expect(summary.counts.withWarnings == 2)
        #expect(Fixtures.records(out + "/results.csv").count == 1 + 4)
        let rows = Fixtures.records(out + "/warnings.csv")
        #expect(rows.first == ["file", "line", "column", "code", "message"])
        #expect(Fixtures.bytes(out + "/warnings.csv").starts(with: [0xEF, 0xBB, 0xBF]))  // the BOM, as in errors.csv
        #expect(rows.dropFirst().map { [URL(fileURLWithPath: $0[0]).lastPathComponent] + $0[1...3] } == [
            ["b.yaml", "23", "12", "placeholder_evidence"],
            ["b.yaml", "145", "20", "fraction_on_percent_scale"],
            // Before the second document: `---`, the first's 154 lines, `---`; its line 23 is the file's 179.
            ["c.yaml", "179", "12", "placeholder_evidence"],
        ])
        #expect(rows.last?[4] == "«N/A» no es una evidencia y no cuenta como tal (escriba el enlace o el nombre del documento; si no lo hay, deje la lista vacía: [])")
        #expect(rows[2][4] == "0.76 en una escala de 0 a 100 es menos de 1 (si es una fracción, el porcentaje se escribe 76)")
        let html = Fixtures.read(out + "/report.html")
        #expect(html.contains("<dt>Evaluadas con advertencias (ver warnings.csv)</dt><dd>2</dd>"), "\(html.prefix(2000))")
    }
}
