import Foundation
import Testing
import TestSupport

/// An installed `apertura` is run by its bare name, found through `PATH`, from any folder. Its bundle is found
/// beside the program's own file, not beside `argv[0]` (`apertura`), which read against the current folder
/// leads nowhere: every command used to fail there with `unknown_rule_set` («incluidos: » and nothing after).
@Suite struct BareNameBundleTests {
    @Test func aBareNameFromPATHFindsTheBundle() throws {
        let folder = Scratch.url.appendingPathComponent("bare-name-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bin = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent().path
        let example = SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path
        let r = try Subprocess.run("/bin/sh", ["-c", "PATH='\(bin)':\"$PATH\" exec apertura evaluate '\(example)' --as-of 2026-06-30"],
                                   environment: ["APERTURA_HOME": nil], directory: folder)
        #expect(r.status == 0, "\(r.stderr)")
        // Zapopan's expected score and level (Examples/expected/municipio-zapopan.report.es.txt).
        #expect(r.stdout.contains("Puntaje: 0.70 · Nivel: En desarrollo"), "\(r.stdout)")
    }

    /// With no bundle anywhere (`APERTURA_HOME` naming an empty folder), the error says so and where it looked,
    /// at the file's `rule_set` (line 6, column 11 of the Zapopan example), instead of «no hay un conjunto de
    /// reglas «pai» (incluidos: )».
    @Test func noBundleAtAllIsSaidAsSuch() throws {
        let empty = Scratch.url.appendingPathComponent("no-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let example = SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path
        let r = try Subprocess.run(CLI.binary, ["evaluate", example, "--as-of", "2026-06-30"], environment: ["APERTURA_HOME": empty.path],
                                   directory: empty)
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("\(example):6:11: error[rules_not_found]: no se encontró ningún conjunto de reglas: no hay carpeta Rules/ en «\(empty.path)»\n"),
                "\(r.stderr)")
    }
}
