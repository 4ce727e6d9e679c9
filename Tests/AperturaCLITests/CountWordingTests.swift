import Foundation
import Testing
import TestSupport

/// Every count the commands print agrees with its noun, in both languages: "1 error", "2 errores", "of 1 input",
/// never "1 error(s)", "1 error(es)" or "(of 1 inputs)"; and ArgumentParser's two choices are joined with "or"
/// ("o"), not with an English "and" left in a Spanish line.
@Suite struct CountWordingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: @Sendable (String) -> [String]
        /// Where to read the text: a file under the scratch folder (relative), or nil for stdout and stderr.
        var file: String?
        let spanish: String
        let english: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "validate, one error", arguments: { _ in ["validate", "Examples/broken/alias-bomba.yaml"] },
             spanish: "Examples/broken/alias-bomba.yaml: 1 error\n", english: "Examples/broken/alias-bomba.yaml: 1 error\n"),
        Case(name: "validate, two errors", arguments: { _ in ["validate", "Examples/broken/tipo-incorrecto.yaml"] },
             spanish: "Examples/broken/tipo-incorrecto.yaml: 2 errores\n", english: "Examples/broken/tipo-incorrecto.yaml: 2 errors\n"),
        Case(name: "batch of one input", arguments: { dir in ["batch", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", dir + "/out"] },
             spanish: "1 evaluada, 0 inválidas (de 1 entrada); ", english: "1 evaluated, 0 invalid (of 1 input); "),
        Case(name: "CSV row of one field", arguments: { dir in
                 ["batch", "Tests/Fixtures/count-wording/one-field.csv", "--mapping", "Mappings/mga2017.yaml", "--rules", "Rules/mga",
                  "--policy", "Policies/mga-2017.yaml", "--as-of", "2017-02-28", "--output", dir + "/out"] },
             file: "out/errors.csv", spanish: "la fila tiene 1 campo y el encabezado 11", english: "the row has 1 field and the header 11"),
        Case(name: "generate one", arguments: { dir in ["generate", "--count", "1", "--output", dir + "/population"] },
             spanish: "1 autoevaluación en 1 archivo en ", english: "1 self-assessment in 1 file in "),
        Case(name: "diff of one institution", arguments: { _ in
                 ["diff", "--from", "Rules/pai", "--to", "Tests/Fixtures/diff/pai-v2", "Tests/Fixtures/diff/population/e-municipio-umbral.yaml",
                  "--as-of", "2026-06-30"] },
             spanish: "Impacto en 1 institución (fecha de corte 2026-06-30):\n", english: "Impact on 1 institution (as of 2026-06-30):\n"),
        Case(name: "diff, level changes of one", arguments: { _ in
                 ["diff", "--from", "Rules/pai", "--to", "Tests/Fixtures/diff/pai-v2", "Tests/Fixtures/diff/population/e-municipio-umbral.yaml",
                  "--as-of", "2026-06-30"] },
             spanish: "1 de 1 institución cambia de nivel.\n", english: "1 of 1 institution changes level.\n"),
        // `--lang` is the one option left with two choices (`--per-institution` has three since html); the Spanish
        // line is asked for in English by the `--lang en` each case gets last.
        Case(name: "two choices", arguments: { _ in ["evaluate", "Examples/municipio-zapopan.yaml", "--lang", "fr"] },
             spanish: "use uno de 'es' o 'en'\n", english: "Please provide one of 'es' or 'en'.\n"),
    ]

    @Test(arguments: cases, [false, true])
    func countsAgreeWithTheirNouns(_ c: Case, _ english: Bool) throws {
        let dir = Scratch.path + "/count-wording-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try CLI.run(c.arguments(dir) + (english ? ["--lang", "en"] : []))
        let text = try c.file.map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) } ?? r.stdout + r.stderr
        let expected = english ? c.english : c.spanish
        #expect(text.contains(expected), "\(expected) not in \(text)")
        for hedge in ["(s)", "(es)", " and '"] {
            #expect(!text.contains(hedge), "\(hedge) in \(text)")
        }
    }

    /// A folder holding one earlier input: the refusal speaks of one input, and of it, not them.
    @Test(arguments: [false, true])
    func generateIntoAFolderWithOneEarlierInput(_ english: Bool) throws {
        let dir = Scratch.path + "/count-wording-\(UUID().uuidString)"
        #expect(try CLI.run(["generate", "--count", "1", "--output", dir]).status == 0)
        let r = try CLI.run(["generate", "--count", "3", "--stream", "--output", dir] + (english ? ["--lang", "en"] : []))
        #expect(r.status == 74)
        #expect(r.stderr.contains(english ? "already holds 1 input this population does not replace ('\(dir)/SIN-000001.yaml'); "
                                            + "a batch of the folder would read it with the new one: choose an empty folder or delete it\n"
                                          : "ya contiene 1 entrada que esta población no reemplaza («\(dir)/SIN-000001.yaml»); "
                                            + "un lote de la carpeta la leería junto con la nueva: elija una carpeta vacía o bórrela\n"),
                "\(r.stderr)")
    }
}
