import Foundation
import Testing
import TestSupport

/// A CSV table given to `validate` or `evaluate` is one invalid input (65) whose message says how tables
/// are read, instead of "expected a self-assessment, found «SO,edo,…»".
@Suite struct TableInputTests {

    func withTable(_ body: (String) throws -> Void) throws {
        let path = Scratch.url.appendingPathComponent("tabla-\(UUID().uuidString).CSV").path
        try "SO,edo,niv,ts,TG\nASF,Federal,Federal,Legislativo,0.5\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test func validateSaysTablesGoThroughBatch() throws {
        try withTable { path in
            let r = try CLI.run(["validate", path, "Examples/municipio-zapopan.yaml"])
            #expect(r.status == 65)
            #expect(r.stderr.contains("\(path):1:1: error[missing_mapping]: «\(path)» es una tabla CSV: una tabla se lee con un archivo de mapeo de columnas, en apertura batch\n"
                                      + "  = ayuda: apertura batch \(path) --mapping MAPEO.yaml --output CARPETA (vea docs/BATCH.md)\n"), "\(r.stderr)")
            #expect(!r.stderr.contains("se esperaba una autoevaluación"))
            // The other file is still validated.
            #expect(r.stderr.contains("Examples/municipio-zapopan.yaml: válido"))
        }
    }

    @Test func evaluateSaysTablesGoThroughBatch() throws {
        try withTable { path in
            let r = try CLI.run(["evaluate", path, "--as-of", "2026-06-30", "--lang", "en"])
            #expect(r.status == 65)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr == "\(path):1:1: error[missing_mapping]: '\(path)' is a CSV table: a table is read through a column mapping file, in apertura batch\n"
                                + "  = help: apertura batch \(path) --mapping MAPPING.yaml --output FOLDER (see docs/BATCH.md)\n", "\(r.stderr)")
        }
    }
}
