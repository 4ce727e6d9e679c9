import Foundation
import TestSupport
import Testing

/// A self-assessment given through a pipe (`-`, `/dev/stdin`) is read once, into memory, and then read as the
/// same file would be: the same diagnostics at the same places, the same rule set, the same report; only its
/// name differs (`<stdin>` for `-`, the path as given otherwise).
@Suite struct StandardInputTests {
    /// The first 12 lines of the Zapopan example: identity only, no period and no answers.
    static let noAnswers: String = {
        let lines = (try? CLI.read("Examples/municipio-zapopan.yaml"))?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        return lines.prefix(12).joined(separator: "\n") + "\n"
    }()

    /// Line 5 is `apertura: 1`, where the document's mapping starts: the rules read `period`, which is missing, and
    /// the whole `answers` section is missing, said once with its help (a pipe used to get one `missing_answer` per
    /// field of the form, 15 of them, since it could not be read again to see that the section itself is absent).
    static func expected(_ name: String) -> String {
        """
        \(name):5:1: error[missing_answer]: falta el periodo que se reporta (period: {start, end}), que lee la regla comite_con_fecha
          = ayuda: escriba el primer y el último día del periodo que informa, AAAA-MM-DD: por ejemplo, period: {start: 2025-01-01, end: 2025-12-31}
        \(name):5:1: error[missing_answer]: falta la sección answers
          = ayuda: copie la plantilla (apertura template) y llene sus respuestas
        \(name): 2 errores

        """
    }

    @Test func aPipedFileWithoutAnswersIsToldWhatTheFileIsTold() throws {
        let dir = Scratch.url.appendingPathComponent("stdin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("sin-respuestas.yaml").path
        try Self.noAnswers.write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = try CLI.run(["validate", file])
        #expect(fromFile.status == 65)
        #expect(fromFile.stderr == Self.expected(file))
        for (argument, name) in [("-", "<stdin>"), ("/dev/stdin", "/dev/stdin")] {
            let piped = try CLI.run(["validate", argument], input: Self.noAnswers)
            #expect(piped.status == 65, "\(argument)")
            #expect(piped.stderr == Self.expected(name), "\(argument)")
            #expect(piped.stderr == fromFile.stderr.replacingOccurrences(of: file, with: name), "\(argument)")
        }
    }

    /// `rule_set: mga` through a pipe is evaluated with the MGA rules and policy, as the file is (it used to get the
    /// PAI rules, and stop with rule_set_mismatch). 0.48 is the hand-worked score of
    /// Examples/expected/mga/municipio-medido.outcomes.yaml.
    @Test func aPipedFileIsEvaluatedWithTheRuleSetItNames() throws {
        let path = "Examples/mga/municipio-medido.yaml"
        let fromFile = try CLI.run(["evaluate", path, "--as-of", "2017-02-28"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        for argument in ["-", "/dev/stdin"] {
            let piped = try CLI.run(["evaluate", argument, "--as-of", "2017-02-28"], input: try CLI.read(path))
            #expect(piped.status == 0, "\(argument): \(piped.stderr)")
            #expect(piped.stdout.contains("Puntaje: 0.48 · Nivel: No aprobatorio"), "\(argument)")
            let name = argument == "-" ? "<stdin>" : argument
            #expect(piped.stdout == fromFile.stdout.replacingOccurrences(of: path, with: name), "\(argument)")
        }
        let explained = try CLI.run(["explain", "-", "--rule", "ga_aprobatorio", "--as-of", "2017-02-28"], input: try CLI.read(path))
        #expect(explained.status == 0, "\(explained.stderr)")
        // tg.valor is on line 15, its value at column 15.
        #expect(explained.stdout.contains("Lee tg.valor = 0.62 (<stdin>:15:15)"), "\(explained.stdout)")
    }

    /// `batch -` reads standard input as `batch /dev/stdin` does (it used to be `file_unreadable`, «no existe el
    /// archivo o la carpeta «-»»): the Zapopan example is evaluated, and its row names `/dev/stdin`, line 5 (its
    /// document's mapping starts at `apertura: 1`), score 0.7000 as in its expected report.
    @Test func batchReadsStandardInputFromADash() throws {
        let out = Scratch.url.appendingPathComponent("stdin-batch-\(UUID().uuidString)").path
        let r = try CLI.run(["batch", "-", "--output", out, "--as-of", "2026-06-30"], input: try CLI.read("Examples/municipio-zapopan.yaml"))
        #expect(r.status == 0, "\(r.stderr)")
        let results = try String(contentsOfFile: out + "/results.csv", encoding: .utf8)
        #expect(results.contains("\n/dev/stdin,5,SO-JAL-01120,Municipio de Zapopan,jalisco,municipal,municipio,0.7000,"), "\(results)")
    }

    /// `validate - -` reads standard input once, as `batch - -` does: the second `-` used to find it empty and
    /// report `empty_document`, an error the input does not have.
    @Test func standardInputNamedTwiceIsReadOnce() throws {
        let piped = try CLI.run(["validate", "-", "-"], input: Self.noAnswers)
        #expect(piped.stderr == Self.expected("<stdin>"))
    }

    /// A CSV table piped into `batch -` is read as YAML (only a `.csv` name marks a table): its lines fold into one
    /// text, «SO,edo,... ASF,...», not a self-assessment. The error says it looks like a table and how to give one;
    /// a YAML text without the mapping's delimiter (",") gets no such help.
    @Test func aTablePipedToBatchIsSaidToNeedACSVFile() throws {
        let out = Scratch.url.appendingPathComponent("stdin-table-\(UUID().uuidString)").path
        let table = "SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC\nASF,Federal,Federal,Legislativo,0.5054,0.333,0.6778,0.5556,0.8,0.466,0.2\n"
        let r = try CLI.run(["batch", "-", "--mapping", "Mappings/mga2017.yaml", "--output", out], input: table)
        #expect(r.status == 65, "\(r.stderr)")
        let errors = try String(contentsOfFile: out + "/errors.csv", encoding: .utf8)
        #expect(errors.contains("/dev/stdin,1,1,type_mismatch,\"se esperaba una autoevaluación, se encontró «SO,edo,niv,ts,GA,P,T,TG,TC,PG,PC ASF,Fed…» (parece una tabla CSV: una tabla se lee de un archivo cuyo nombre termina en .csv; guarde la tabla en un archivo .csv y nómbrelo en lugar de «-»)\""), "\(errors)")
        let plain = try CLI.run(["batch", "-", "--mapping", "Mappings/mga2017.yaml", "--output", out], input: "solo texto\n")
        #expect(plain.status == 65, "\(plain.stderr)")
        #expect(!(try String(contentsOfFile: out + "/errors.csv", encoding: .utf8)).contains("tabla CSV"))
    }

    /// More than the loader's 8 MiB (8 388 608 bytes) through a pipe is refused as a file that large is, with
    /// `yaml_too_large`, as soon as the limit is passed: the size of the rest of a pipe is not known, so it is said
    /// to be over the limit. 9 000 000 bytes of comment lines keep the test fast.
    @Test func anOversizePipeIsRefusedAsALargeFileIs() throws {
        let r = try Subprocess.run("/bin/sh", ["-c", "yes '# relleno' | head -c 9000000 | '\(CLI.binary)' validate -"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr == "<stdin>:1:1: error[yaml_too_large]: documento demasiado grande: pasa del límite de 8 MiB\n<stdin>: 1 error\n")
        // Said as a whole sentence ("more than 8 MiB, the limit" read cut off).
        let en = try Subprocess.run("/bin/sh", ["-c", "yes '# relleno' | head -c 9000000 | '\(CLI.binary)' validate - --lang en"])
        #expect(en.stderr.hasPrefix("<stdin>:1:1: error[yaml_too_large]: document too large: over the limit of 8 MiB\n"), "\(en.stderr)")
    }
}
