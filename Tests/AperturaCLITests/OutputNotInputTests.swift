import Foundation
import Testing
import TestSupport

/// `--output` and `--junit` naming a file that `lint`, `test` or `diff` reads (a rule file, a policy, a test
/// file, a self-assessment) are refused (64) before anything is written: the result used to replace the file.
@Suite struct OutputNotInputTests {
    /// Runs the command, then says whether `file` still holds what it held.
    func refuses(_ arguments: [String], keeping file: String, option: String = "--output") throws {
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let r = try CLI.run(arguments + ["--lang", "en"])
        #expect(r.status == 64, "\(arguments) \(r.stderr)")
        #expect(r.stderr.contains("Error: \(option): '"), "\(r.stderr)")
        #expect(r.stderr.contains("that this command reads, and the result would replace it: choose another file"), "\(r.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
    }

    /// `--output ""` (a shell variable left unset) was a failed write, «no se pudo escribir «»: en esa carpeta no se
    /// pueden crear archivos», exit 74: it is a usage error, 64, that says the name is empty, in every command that writes.
    @Test(arguments: [["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output"],
                      ["validate", "Examples/municipio-zapopan.yaml", "--output"], ["lint", "Rules/pai", "--output"],
                      ["test", "Rules/pai", "--junit"], ["diff", "--from", "Rules/pai", "--to", "Rules/pai", "--output"]])
    func anEmptyOutputNameIsAUsageError(arguments: [String]) throws {
        let r = try CLI.run(arguments + ["", "--lang", "en"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("Error: \(arguments.last!): the file name is empty: write the path of the file to write [empty_output]"), "\(r.stderr)")
    }

    @Test func lintTestAndDiffDoNotWriteOverWhatTheyRead() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-output-input")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let policy = dir + "/politica.yaml"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Policies/pai-inicio.yaml").path, toPath: policy)
        let assessment = dir + "/a.yaml"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path, toPath: assessment)
        try refuses(["lint", policy, "--output", policy], keeping: policy)
        try refuses(["lint", dir, "--output", rules + "/ruleset.yaml"], keeping: rules + "/ruleset.yaml")
        try refuses(["lint", rules, "--output", rules + "/pai.tests.yaml"], keeping: rules + "/pai.tests.yaml")
        try refuses(["test", rules, "--junit", rules + "/pai.tests.yaml"], keeping: rules + "/pai.tests.yaml", option: "--junit")
        try refuses(["test", rules + "/pai.tests.yaml", "--junit", rules + "/rules/participacion.yaml"], keeping: rules + "/rules/participacion.yaml", option: "--junit")
        try refuses(["diff", "--from", "Rules/pai", "--to", rules, "--output", rules + "/form.yaml"], keeping: rules + "/form.yaml")
        try refuses(["diff", "--from", "Rules/pai", "--to", "Rules/pai", dir, "--as-of", "2026-06-30", "--output", assessment], keeping: assessment)
        // Another spelling of the same file (a link) is the same file, and the message names the one read.
        let link = dir + "/enlace.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "politica.yaml")
        let r = try CLI.run(["lint", policy, "--output", link, "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("'\(link)' is '\(policy)', a file that this command reads"), "\(r.stderr)")
    }

    /// `evaluate` already refused its self-assessment; its policy and rule files are refused too.
    @Test func evaluateDoesNotWriteOverItsPolicyOrRules() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-output-evaluate")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let policy = dir + "/politica.yaml"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Policies/pai-inicio.yaml").path, toPath: policy)
        let evaluate = ["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--rules", rules, "--policy", policy]
        try refuses(evaluate + ["--output", policy], keeping: policy)
        try refuses(evaluate + ["--output", rules + "/rules/participacion.yaml"], keeping: rules + "/rules/participacion.yaml")
    }

    /// `evaluate -` and `validate -` with standard input redirected from the file `--output` names (`< X.yaml`)
    /// replaced the self-assessment with the report: the same file (device and inode) as the input, refused (64)
    /// with the code, as naming it directly is. A new file is still written, and a pipe is no file.
    @Test func standardInputRedirectedFromTheOutputIsRefused() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-output-stdin-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/X.yaml"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path, toPath: file)
        let before = try String(contentsOfFile: file, encoding: .utf8)
        // `$0` is the binary, `$1` the self-assessment, `$2` another file.
        func shell(_ command: String, other: String = "") throws -> CLI.Result {
            try Subprocess.run("/bin/sh", ["-c", command, CLI.binary, file, other], environment: ["APERTURA_HOME": nil])
        }
        let evaluate = try shell(#""$0" evaluate - --as-of 2026-06-30 --lang en --output "$1" < "$1""#)
        #expect(evaluate.status == 64, "\(evaluate.stderr)")
        #expect(evaluate.stderr.hasPrefix("Error: --output: '\(file)' is the self-assessment itself, which this command reads on standard input, "
            + "and the report would replace it: choose another file [output_is_input]\nUsage: apertura evaluate"), "\(evaluate.stderr)")
        let validate = try shell(#""$0" validate - --lang en --output "$1" < "$1""#)
        #expect(validate.status == 64, "\(validate.stderr)")
        #expect(validate.stderr.hasPrefix("Error: --output: '\(file)' is the file this command reads on standard input, "
            + "and the result would replace it: choose another file [output_is_input]\n"), "\(validate.stderr)")
        // Named directly, as before, now with the code.
        let named = try CLI.run(["evaluate", file, "--as-of", "2026-06-30", "--lang", "en", "--output", file])
        #expect(named.status == 64)
        #expect(named.stderr.contains("is the self-assessment itself, and the report would replace it: choose another file [output_is_input]"), "\(named.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
        // Another file, new or not, is written; so is one named while the input comes through a pipe.
        let report = dir + "/informe.txt"
        #expect(try shell(#""$0" evaluate - --as-of 2026-06-30 --lang en --output "$2" < "$1""#, other: report).status == 0)
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("Compliance report"))
        #expect(try shell(#"cat "$1" | "$0" validate - --lang en --output "$2""#, other: report).status == 0)
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("<stdin>: valid, with 1 warning"))
    }

    /// A new YAML file in a folder `lint` or `test` searches would be read as a rule, policy or test file the
    /// next time, and a text report in a rule set breaks it: refused (64) before it is made.
    @Test func aNewYAMLFileInAFolderReadIsRefused() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-output-new-yaml")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func refusesNew(_ arguments: [String], _ output: String, option: String = "--output") throws {
            let r = try CLI.run(arguments + [option, output, "--lang", "en"])
            #expect(r.status == 64, "\(arguments) \(r.stderr)")
            #expect(r.stderr.contains("Error: \(option): '\(output)' would be in '"), "\(r.stderr)")
            #expect(r.stderr.contains("whose YAML files this command reads"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        try refusesNew(["lint", rules], rules + "/lint.yaml")
        try refusesNew(["lint", rules], rules + "/rules/lint.yml")
        try refusesNew(["lint", dir], dir + "/lint.yaml")
        try refusesNew(["test", rules], rules + "/junit.yaml", option: "--junit")
        // The same folder by another spelling (`./`, a link) is the same folder.
        try FileManager.default.createSymbolicLink(atPath: dir + "/enlace", withDestinationPath: "rules")
        try refusesNew(["lint", rules], dir + "/enlace/./lint.yaml")
        // Outside the folders read, or not a YAML name, the new file is written.
        let beside = Scratch.url.appendingPathComponent("lint-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: beside) }
        // (65: the copy's test file names the policy by a path that leads nowhere from the copy.)
        #expect(try CLI.run(["lint", rules, "--output", beside]).status == 65)
        #expect(try CLI.run(["lint", rules, "--output", rules + "/lint.json", "--format", "json"]).status == 65)
        #expect(FileManager.default.fileExists(atPath: beside) && FileManager.default.fileExists(atPath: rules + "/lint.json"))
    }

    /// `evaluate` and `diff` read every YAML file of a rule set's folder as a rule file: a report written there as a
    /// new `.yaml` broke the rule set for the next run (a YAML syntax error, a missing `kind`). Refused (64), as
    /// `lint` and `test` refuse one in the folders they search.
    @Test func aNewYAMLReportInARuleSetFolderIsRefused() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-output-ruleset-yaml")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func refusesNew(_ arguments: [String], _ output: String) throws {
            let r = try CLI.run(arguments + ["--output", output, "--lang", "en"])
            #expect(r.status == 64, "\(arguments) \(r.stderr)")
            #expect(r.stderr.hasPrefix("Error: --output: '\(output)' would be in '"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        try refusesNew(["evaluate", "Examples/municipio-zapopan.yaml", "--rules", rules, "--as-of", "2026-06-30"], rules + "/informe.yaml")
        try refusesNew(["diff", "--from", "Rules/pai", "--to", rules], rules + "/cambios.yaml")
        try refusesNew(["diff", "--from", rules, "--to", "Rules/pai"], rules + "/indicators/cambios.yml")
        // Not a YAML name: written, and the rule set still loads.
        let text = rules + "/informe.txt"
        let r = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--rules", rules, "--as-of", "2026-06-30", "--output", text])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: text))
    }

    /// A folder whose name only begins with the name of a folder read (`pai-informes` beside `pai`) is another
    /// folder: a new YAML file there is not read next time, and is written.
    @Test func aFolderThatOnlySharesTheNameStartIsNotRead() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-output-prefix")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let sibling = rules + "-informes"
        try FileManager.default.createDirectory(atPath: sibling, withIntermediateDirectories: false)
        let output = sibling + "/lint.yaml"
        let r = try CLI.run(["lint", rules, "--output", output, "--lang", "en"])
        // 65, not 64: the copy's test file names the policy by a path that leads nowhere from the copy.
        #expect(r.status == 65, "\(r.stderr)")
        #expect(!r.stderr.contains("would be in"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: output))
    }

    /// A file beside the inputs that is not read (a previous run's output) is written over as before.
    @Test func anOutputBesideTheInputsIsWritten() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-output-beside")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = rules + "/lint.txt"
        try "viejo".write(toFile: report, atomically: true, encoding: .utf8)
        let r = try CLI.run(["lint", "Rules/pai", "--output", report])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("1 conjunto de reglas revisado:"))
    }
}
