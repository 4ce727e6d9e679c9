import Foundation
import Testing
import TestSupport

/// The line `batch` ends with says how many of the evaluated self-assessments have warnings, and where they are
/// listed: an institution evaluated with a placeholder for evidence ("N/A") must be looked at, not read as clean.
@Suite struct BatchSummaryLineTests {
    @Test func evaluatedWithWarningsAreCounted() throws {
        let dir = Scratch.path + "/batch-summary-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        let zapopan = try CLI.read("Examples/municipio-zapopan.yaml")
        let acta = "    acta: [\"https://www.zapopan.gob.mx/transparencia/comite-apertura/acta-instalacion.pdf\"]\n"
        #expect(zapopan.contains(acta) && zapopan.contains("  id: SO-JAL-01120\n"))
        try zapopan.write(toFile: dir + "/in/a.yaml", atomically: false, encoding: .utf8)
        // Another institution, with "N/A" as the evidence of its committee's installation: one warning.
        try zapopan.replacingOccurrences(of: acta, with: "    acta: [\"N/A\"]\n").replacingOccurrences(of: "  id: SO-JAL-01120\n", with: "  id: SO-JAL-01121\n")
            .write(toFile: dir + "/in/b.yaml", atomically: false, encoding: .utf8)
        let es = try CLI.run(["batch", dir + "/in", "--as-of", "2026-06-30", "--output", dir + "/es"])
        #expect(es.status == 0, "\(es.stderr)")
        #expect(es.stderr == "2 evaluadas, 1 de ellas con advertencias (warnings.csv), 0 inválidas (de 2 entradas); resultados en \(dir)/es\n")
        let en = try CLI.run(["batch", dir + "/in", "--as-of", "2026-06-30", "--output", dir + "/en", "--lang", "en"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stderr == "2 evaluated, 1 of them with warnings (warnings.csv), 0 invalid (of 2 inputs); results in \(dir)/en\n")
    }
}
