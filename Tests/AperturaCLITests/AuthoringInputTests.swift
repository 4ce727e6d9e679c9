import Foundation
import Testing
import TestSupport

/// Inputs of `diff`, `explain` and `template` that used to pass without a word.
@Suite struct AuthoringInputTests {
    /// A folder given to `diff` with no self-assessment in it: an error (65), not an impact left out.
    @Test func diffOfAnEmptyFolderIsAnError() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-diff-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["diff", "--from", "Rules/pai", "--to", "Rules/pai", dir, "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--lang", "en"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr == "error[no_inputs]: no self-assessment (.yaml or .yml file) in '\(dir)'\n")
        #expect(r.stdout.contains("SO-JAL-01120"))
    }

    /// An as-of date outside the policy's calendar was an input error (65) reported as a problem of the impact, with
    /// the changes printed and no institution in it; `evaluate`, `explain` and `batch` call it a usage error (64).
    @Test func diffWithAnAsOfOutsideTheCalendarIsAUsageError() throws {
        let r = try CLI.run(["diff", "--from", "Rules/pai", "--to", "Rules/pai", "Examples/municipio-zapopan.yaml", "--as-of", "2040-01-01", "--lang", "en"])
        #expect(r.status == 64, "\(r.stderr)")
        // Policies/pai-inicio.yaml's calendar: inicio from 2025-01-01 to madurez ending 2035-12-31.
        #expect(r.stderr.hasPrefix("Error: the as-of date 2040-01-01 falls in no phase of the policy's calendar (the calendar runs from 2025-01-01 to 2035-12-31) [no_phase]\nUsage: apertura diff"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// `diff` reads each self-assessment once per version: a pipe was empty the second time (and then refused).
    /// It is now read once, into memory, for both versions. Zapopan's score, 0.7000 at level en_desarrollo (said "Developing" in English), is
    /// that of Examples/expected/municipio-zapopan.
    @Test func diffReadsAPipeOnceForBothVersions() throws {
        for argument in ["/dev/stdin", "-"] {
            let r = try CLI.run(["diff", "--from", "Rules/pai", "--to", "Rules/pai", argument, "--as-of", "2026-06-30", "--lang", "en"],
                                input: try CLI.read("Examples/municipio-zapopan.yaml"))
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.isEmpty, "\(r.stderr)")
            #expect(r.stdout.contains("SO-JAL-01120 Municipio de Zapopan: 0.7000; level Developing"), "\(r.stdout)")
        }
    }

    /// `lint` reads a file it is given twice (what is it, then lint it): a policy through a pipe was "empty" the
    /// second time. A pipe or device is refused, with why.
    @Test func lintOfAPipeSaysWhyItCannot() throws {
        let r = try CLI.run(["lint", "/dev/stdin", "--lang", "en"], input: try CLI.read("Policies/pai-inicio.yaml"))
        #expect(r.status == 65, "\(r.stdout)")
        #expect(r.stdout.hasPrefix("error[file_unreadable]: '/dev/stdin' is not a regular file (it is a pipe or a device): lint reads each file more than once\n"), "\(r.stdout)")
    }

    /// A file of several self-assessments: `explain` says so (64) rather than explain the first one only.
    @Test func explainOfAStreamIsRefused() throws {
        let one = try CLI.read("Examples/municipio-zapopan.yaml")
        let r = try CLI.run(["explain", "/dev/stdin", "--rule", "comite_instalado", "--as-of", "2026-06-30", "--lang", "en"],
                            input: one + "\n---\n" + one)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("Error: the file holds 2 self-assessments: explain explains one; save it in a file of its own\n"))
        #expect(r.stdout.isEmpty)
    }

    /// `--schema` goes into a comment line: a line break would put the rest into the template as YAML.
    @Test func templateSchemaOnOneLineOnly() throws {
        for schema in ["x.json\nhostil: true", "x.json\u{2028}hostil", "x.json\rhostil", ""] {
            let r = try CLI.run(["template", "--schema", schema, "--lang", "en"])
            #expect(r.status == 64, "\(schema.debugDescription) \(r.stdout.prefix(120))")
            #expect(r.stderr.hasPrefix("Error: --schema: give a path or a link on one line, without control characters (or none)\n"))
        }
        let spaced = try CLI.run(["template", "--schema", "../esquemas/autoevaluación pai.json"])
        #expect(spaced.status == 0)
        #expect(spaced.stdout.hasPrefix("# yaml-language-server: $schema=../esquemas/autoevaluación pai.json\n"))
    }

    /// A rule set whose expressions do not compile judges no one: no template for it (65), the error said.
    @Test func templateOfARuleSetThatDoesNotCompile() throws {
        let (dir, rules) = try PAIRulesCopy.make("apertura-template-compile")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = rules + "/rules/datos_abiertos.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "institution.population >= 70000'", with: "institution.population >= )'")
        #expect(broken != text)
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["template", "--rules", rules])
        #expect(r.status == 65, "\(r.stdout.prefix(100))")
        #expect(r.stderr.contains("datos_abiertos.yaml:10:") && r.stderr.contains("error[expr_syntax_error]"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
