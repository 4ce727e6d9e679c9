import Foundation
import Testing
import TestSupport

/// `validate --output PATH`: the result written to the file, nothing shown; never over a file it reads, nor as
/// a new YAML file where the next run would read it (64, before anything is written).
@Suite struct ValidateOutputTests {
    @Test func theResultGoesToTheFile() throws {
        let output = Scratch.path + "/validate-output-\(UUID().uuidString).json"
        let r = try CLI.run(["validate", "Examples/broken/tipo-incorrecto.yaml", "--format", "json", "--output", output])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty && r.stderr.isEmpty, "\(r.stdout)\(r.stderr)")
        let shown = try CLI.run(["validate", "Examples/broken/tipo-incorrecto.yaml", "--format", "json"])
        #expect(try String(contentsOfFile: output, encoding: .utf8) == shown.stdout)
        #expect(shown.stdout.contains("\"type_mismatch\""))
    }

    /// In text, the file holds what would be shown: the diagnostics, the status lines and the count of files, uncoloured.
    @Test func textGoesToTheFileAsItWouldBeShown() throws {
        let output = Scratch.path + "/validate-output-\(UUID().uuidString).txt"
        let files = ["Examples/municipio-zapopan.yaml", "Examples/broken/tipo-incorrecto.yaml", "--lang", "en"]
        let r = try CLI.run(["validate"] + files + ["--output", output])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty && r.stderr.isEmpty, "\(r.stdout)\(r.stderr)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written == (try CLI.run(["validate"] + files, environment: ["NO_COLOR": "1"]).stderr))
        #expect(written.hasSuffix("Examples/broken/tipo-incorrecto.yaml: 2 errors\n2 files: 1 valid, 1 with errors\n"), "\(written)")
    }

    @Test func aFileValidatedOrARuleFileReadIsRefused() throws {
        let copy = Scratch.path + "/validate-output-input-\(UUID().uuidString).yaml"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path, toPath: copy)
        let (dir, rules) = try PAIRulesCopy.make("apertura-validate-output")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (arguments, kept) in [([copy, "--output", copy], copy),
                                  ([copy, "--rules", rules, "--output", rules + "/ruleset.yaml"], rules + "/ruleset.yaml")] {
            let before = try String(contentsOfFile: kept, encoding: .utf8)
            let r = try CLI.run(["validate"] + arguments + ["--format", "json", "--lang", "en"])
            #expect(r.status == 64, "\(r.stderr)")
            #expect(r.stderr.contains("Error: --output: '\(kept)' is a file that this command reads, and the result would replace it: choose another file"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(try String(contentsOfFile: kept, encoding: .utf8) == before)
        }
    }

    /// A new YAML file in the rule set's folder would be read as a rule file, and one in a folder validated as
    /// a self-assessment: refused, and not made.
    @Test func aNewYAMLFileInAFolderReadIsRefused() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-validate-output-new")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = dir + "/autoevaluaciones"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path, toPath: folder + "/a.yaml")
        for (arguments, output) in [([folder, "--rules", rules], rules + "/resultado.yaml"), ([folder], folder + "/resultado.yaml")] {
            let r = try CLI.run(["validate"] + arguments + ["--output", output, "--lang", "en"])
            #expect(r.status == 64, "\(r.stderr)")
            #expect(r.stderr.contains("Error: --output: '\(output)' would be in '"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }
}
