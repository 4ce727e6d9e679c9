import Foundation
import TestSupport
import Testing

/// `validate` warned that a party's empty open-data links (`datos_abiertos.enlaces: []`) would leave «Datos abiertos
/// publicados» without evidence, on a date whose phase (inicio) does not ask parties for open data at all, where
/// `evaluate` says the rule does not apply. Evidence in a section not asked on the as-of date is not warned of, as
/// answers missing there are not; from the consolidation phase on, it is.
@Suite struct UnaskedEvidenceTests {
    /// The Puebla party's example with three data sets answered (the consolidation phase's goal for
    /// `datos_publicados`, so that the answer reaches it there) and its links left empty. `answers:` is line 15 of the
    /// example; the section and `conjuntos:` take 16 and 17, the sets' four lines each 18–29, `enlaces: []` line 30.
    func partyWithEmptyLinks() throws -> String {
        let example = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("Examples/partido-local-puebla.yaml"), encoding: .utf8)
        let sets = ["Padrón de militantes", "Financiamiento público", "Candidaturas"].map {
            "      - nombre: \($0)\n        formato_abierto: true\n        fecha_actualizacion: 2025-12-01\n        difundido: true\n"
        }
        let section = "answers:\n  datos_abiertos:\n    conjuntos:\n" + sets.joined() + "    enlaces: []\n"
        #expect(example.components(separatedBy: "\nanswers:\n").count == 2)
        let path = Scratch.url.appendingPathComponent("apertura-unasked-evidence-\(UUID().uuidString).yaml").path
        try example.replacingOccurrences(of: "\nanswers:\n", with: "\n" + section).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func emptyEvidenceOfASectionNotAskedInThePhaseIsNotWarnedOf() throws {
        let file = try partyWithEmptyLinks()
        let start = try CLI.run(["validate", file, "--as-of", "2026-12-31", "--lang", "en"])
        #expect(!start.stderr.contains("empty_evidence"), "\(start.stderr)")
        let consolidation = try CLI.run(["validate", file, "--as-of", "2028-06-30", "--lang", "en"])
        #expect(consolidation.stderr.contains("\(file):30:14: warning[empty_evidence]: "), "\(consolidation.stderr)")
    }
}
