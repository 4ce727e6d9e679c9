import Foundation
import Testing
import TestSupport

/// The authoring commands as a user runs them: output and exit code. Uses the `apertura` binary that
/// `swift build` / `swift test` builds beside the tests.
@Suite struct CommandTests {
    static let binary = Subprocess.apertura ?? Fixtures.path(".build/debug/apertura")

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run(binary, arguments, environment: ["NO_COLOR": "1", "APERTURA_HOME": Fixtures.root], mergeOutput: true)
        return (result.status, result.stdout)
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    @Test func lintExitCodes() throws {
        guard Self.available else { return }
        #expect(try Self.run(["lint"]).status == 0)
        let broken = try Self.run(["lint", "Tests/Fixtures/lint/references", "--format", "json"])
        #expect(broken.status == 65)
        #expect(broken.output.contains("\"code\" : \"unknown_reference\""))
        #expect(try Self.run(["lint", "Rules/pai", "Tests/Fixtures/lint/policy-weights.yaml", "--strict"]).status == 65)
    }

    @Test func testExitCodes() throws {
        guard Self.available else { return }
        let shipped = try Self.run(["test", "Rules", "--require-full-coverage"])
        #expect(shipped.status == 0, "\(shipped.output)")
        #expect(try Self.run(["test", "Tests/Fixtures/tests/failing.tests.yaml"]).status == 1)
        let none = try Self.run(["test", "Tests/Fixtures/explain"])
        #expect(none.status == 1)
        #expect(none.output.contains("no se ejecutó ninguna prueba"))
        #expect(try Self.run(["test", "Tests/Fixtures/tests/invalid.tests.yaml"]).status == 65)
    }

    /// Without paths `lint` checks `Rules` and `Policies` (README: "default `Rules Policies`"): the two bundled
    /// rule sets (pai, mga) and the two bundled policies (pai-inicio, mga-2017).
    @Test func lintByDefaultChecksRulesAndPolicies() throws {
        guard Self.available else { return }
        let r = try Self.run(["lint"])
        #expect(r.status == 0)
        #expect(r.output.hasSuffix("2 conjuntos de reglas y 2 políticas revisados: 0 errores, 0 advertencias\n"), "\(r.output)")
    }

    /// `path.tests.yaml` passes, but its one case expects the outcomes of 2 of PAI's 18 rules and no indicator:
    /// `--require-full-coverage` lists what is untested (as `--coverage` does) and fails (1); without it, 0.
    @Test func requireFullCoverageListsAndFails() throws {
        guard Self.available else { return }
        let file = "Tests/Fixtures/tests/path.tests.yaml"
        let plain = try Self.run(["test", file])
        #expect(plain.status == 0, "\(plain.output)")
        #expect(!plain.output.contains("cobertura de"))
        let full = try Self.run(["test", file, "--require-full-coverage"])
        #expect(full.status == 1, "\(full.output)")
        #expect(full.output.contains("cobertura de «pai» (Rules/pai): 2/18 reglas, 0/15 indicadores\n"), "\(full.output)")
        #expect(full.output.contains("  regla sin probar: comite_instalado\n"))
    }

    @Test func explainAndDiffAndSchemas() throws {
        guard Self.available else { return }
        let explain = try Self.run(["explain", "Tests/Fixtures/diff/population/b-municipio-pequeno.yaml", "--rule", "mecanismos_diversos",
                                    "--as-of", "2026-06-30", "--rules", "Rules/pai", "--policy", "Policies/pai-inicio.yaml"])
        #expect(explain.status == 0)
        #expect(explain.output.contains("Resultado: no aplica (la condición es falsa)."))
        // Under the Métrica's indicator model the score is GA: a rule's gain goes to the weighted rule score.
        let metrica = try Self.run(["explain", "Examples/mga/municipio-medido.yaml", "--rule", "pc_aprobatorio", "--as-of", "2017-02-28"])
        #expect(metrica.output.contains("(crédito 0; cumplirla sumaría +0.17 al puntaje ponderado de reglas)."), "\(metrica.output)")
        let pai = try Self.run(["explain", "Tests/Fixtures/diff/population/b-municipio-pequeno.yaml", "--rule", "agenda_publicada", "--as-of", "2026-06-30"])
        #expect(pai.output.contains(" al puntaje).\n"), "\(pai.output)")
        let unknown = try Self.run(["explain", "Tests/Fixtures/diff/population/b-municipio-pequeno.yaml", "--rule", "comite_instalad", "--as-of", "2026-06-30"])
        #expect(unknown.status == 64)
        #expect(unknown.output.contains("no existe. ¿Quiso decir «comite_instalado»?"))
        // The rule's name as the report shows it ("Comité de Apertura instalado [comite_instalado]"), accents or not.
        let byName = try Self.run(["explain", "Tests/Fixtures/diff/population/b-municipio-pequeno.yaml", "--rule", "comite de apertura instalado", "--as-of", "2026-06-30"])
        #expect(byName.status == 64)
        #expect(byName.output.contains("--rule: la regla «comite de apertura instalado» no existe. Ese es el nombre de la regla: use su clave, «comite_instalado», la que el reporte da entre corchetes."), "\(byName.output)")
        let diff = try Self.run(["diff", "--from", "Rules/pai", "--to", "Tests/Fixtures/diff/pai-v2", "Tests/Fixtures/diff/population",
                                 "--as-of", "2026-06-30", "--lang", "en"])
        #expect(diff.status == 0)
        #expect(diff.output.contains("1 of 3 institutions change level."))
        #expect(try Self.run(["schemas", "--output", "schemas", "--guide", "docs/GUIA-AUTORES.md", "--check"]).status == 0)
    }

    /// Without `--rules`, the rule sets' own schemas are those of every rule set in `Rules` (pai and mga), beside
    /// the four general ones, as checked in.
    @Test func schemasByDefaultIncludeEachBundledRuleSet() throws {
        guard Self.available else { return }
        let dir = try Fixtures.temporaryDirectory()
        let r = try Self.run(["schemas", "--output", dir])
        #expect(r.status == 0, "\(r.output)")
        let names = ["mga.self-assessment.schema.json", "pai.self-assessment.schema.json", "policy.schema.json", "rule-file.schema.json",
                     "rule-tests.schema.json", "self-assessment.schema.json"]
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == names)
        for name in names {
            #expect(try String(contentsOfFile: dir + "/" + name, encoding: .utf8) == String(contentsOfFile: Fixtures.path("schemas/" + name), encoding: .utf8), "\(name)")
        }
    }

    @Test func schemasCheckSaysWhatToDo() throws {
        guard Self.available else { return }
        let dir = try Fixtures.temporaryDirectory()
        let stale = try Self.run(["schemas", "--output", dir, "--check"])
        #expect(stale.status == 1)
        #expect(stale.output.contains("desactualizado: \(dir)/policy.schema.json"))
        #expect(stale.output.contains("ejecute el mismo comando sin --check para regenerarlos"))
        // --check writes nothing ("No escribe"): the folder stays empty.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        // A guide that does not exist is not "a guide without markers".
        let missing = try Self.run(["schemas", "--output", "schemas", "--guide", "\(dir)/GUIA.md", "--check", "--lang", "en"])
        #expect(missing.status == 64)
        #expect(missing.output.contains("--guide: cannot read file \(dir)/GUIA.md: it does not exist, or is a link that leads nowhere"))
        // A folder says so; /dev/null (readable, empty) has no markers; a binary file is not text.
        let folder = try Self.run(["schemas", "--output", "schemas", "--guide", dir, "--check", "--lang", "en"])
        #expect(folder.status == 64)
        #expect(folder.output.contains("--guide: cannot read file \(dir): it is a folder, not a file"))
        let empty = try Self.run(["schemas", "--output", "schemas", "--guide", "/dev/null", "--check", "--lang", "en"])
        #expect(empty.status == 64)
        #expect(empty.output.contains("--guide: '/dev/null' lacks the markers"))
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: "\(dir)/binaria.md"))
        let binary = try Self.run(["schemas", "--output", "schemas", "--guide", "\(dir)/binaria.md", "--check", "--lang", "en"])
        #expect(binary.status == 64)
        #expect(binary.output.contains("--guide: '\(dir)/binaria.md' is not UTF-8 text"))
        try "# Guía sin marcas\n".write(toFile: "\(dir)/sin-marcas.md", atomically: true, encoding: .utf8)
        let unmarked = try Self.run(["schemas", "--output", "schemas", "--guide", "\(dir)/sin-marcas.md", "--check", "--lang", "en"])
        #expect(unmarked.status == 64)
        #expect(unmarked.output.contains("lacks the markers"))
    }
}
