import Foundation
import TestSupport
import Testing

/// A control character in a file's name (`c\e[31md.yaml`) is shown as `<U+001B>` wherever a file is named, as
/// diagnostics already showed it: the per-file summary lines, report headers and locations, `test`'s lines, `batch`'s
/// and `diff`'s headings, usage errors. Printed raw, the escape sequence reached the terminal and acted on it.
@Suite struct ControlCharacterNameTests {
    static let escape = "\u{1B}"

    /// A scratch folder holding the Zapopan example as `z\e[1mz.yaml` and a broken file as `c\e[31md.yaml`.
    func folder() throws -> (dir: String, valid: String, broken: String) {
        let dir = Scratch.url.appendingPathComponent("apertura-control-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let valid = dir + "/z\u{1B}[1mz.yaml", broken = dir + "/c\u{1B}[31md.yaml"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path, toPath: valid)
        try "rule_set: pai\nfoo: [\n".write(toFile: broken, atomically: true, encoding: .utf8)
        return (dir, valid, broken)
    }

    func printed(_ r: CLI.Result) -> String { r.stdout + r.stderr }

    @Test func validatesSummaryLines() throws {
        let (dir, valid, broken) = try folder()
        let r = try CLI.run(["validate", broken, valid, "--lang", "en"])
        #expect(r.status == 65)
        #expect(!printed(r).contains(Self.escape), "\(printed(r))")
        #expect(r.stderr.contains("\(dir)/c<U+001B>[31md.yaml: 1 error\n"))
        #expect(r.stderr.contains("\(dir)/z<U+001B>[1mz.yaml: valid, with 1 warning\n"))
    }

    /// A line feed in a name (`nl<LF>name.yaml`) broke a diagnostic's place over two lines, `nl` and
    /// `name.yaml:2:1: error…`, which reads as an error in another file; a tab in one is shown too. In a message's own
    /// text a line feed stays a line break.
    @Test func aLineBreakInANameIsShownAsItsCode() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-newline-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let broken = dir + "/nl\nna\tme.yaml"
        try "rule_set: pai\nfoo: [\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", broken, "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(dir)/nl<U+000A>na<U+0009>me.yaml:3:1: error[yaml_syntax_error]: "), "\(r.stderr)")
        #expect(r.stderr.contains("\(dir)/nl<U+000A>na<U+0009>me.yaml: 1 error\n"), "\(r.stderr)")
        #expect(!r.stderr.contains("\(dir)/nl\n"))
    }

    /// The header names the file in every format meant for people; locations (gaps, reads) carry it too.
    @Test func evaluatesHeadersAndLocations() throws {
        let (_, valid, _) = try folder()
        for format in ["text", "markdown", "html"] {
            let r = try CLI.run(["evaluate", valid, "--as-of", "2026-06-30", "--format", format, "--lang", "en"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!printed(r).contains(Self.escape), "\(format)")
            #expect(r.stdout.contains(format == "html" ? "z&lt;U+001B&gt;[1mz.yaml" : "z<U+001B>[1mz.yaml"), "\(format)")
        }
        // Text: the gap's place (`@ file:line:column`).
        let text = try CLI.run(["evaluate", valid, "--as-of", "2026-06-30", "--lang", "en"]).stdout
        #expect(text.contains("Self-assessment: ") && text.contains("z<U+001B>[1mz.yaml:145:20"))
        let explain = try CLI.run(["explain", valid, "--as-of", "2026-06-30", "--rule", "comite_instalado", "--lang", "en"])
        #expect(!printed(explain).contains(Self.escape))
        #expect(explain.stdout.contains("(\(valid.replacingOccurrences(of: Self.escape, with: "<U+001B>")):17:16)"))
    }

    /// `test` names each case's file; `diff` its folders; `batch` its output folder and, in results.csv, each input.
    @Test func testDiffAndBatchLines() throws {
        let (dir, valid, _) = try folder()
        let rules = dir + "/r\u{1B}[2Js"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Rules/pai").path, toPath: rules)
        // The test file finds the policy from its own folder: from the copy, by the package's path.
        let tests = rules + "/pai.tests.yaml"
        let policy = SharedData.packageRoot.appendingPathComponent("Policies/pai-inicio.yaml").path
        let text = try String(contentsOfFile: tests, encoding: .utf8)
        #expect(text.contains("policy: ../../Policies/pai-inicio.yaml"))
        try text.replacingOccurrences(of: "policy: ../../Policies/pai-inicio.yaml", with: "policy: \(policy)").write(toFile: tests, atomically: true, encoding: .utf8)
        let test = try CLI.run(["test", rules, "--lang", "en"])
        #expect(test.status == 0, "\(test.stderr)")
        #expect(!printed(test).contains(Self.escape))
        // "ok" padded to the width of "FAIL" and two spaces.
        #expect(test.stdout.contains("ok    \(dir)/r<U+001B>[2Js/pai.tests.yaml:10 "), "\(test.stdout)")

        let diff = try CLI.run(["diff", "--from", "Rules/pai", "--to", rules, "--lang", "en"])
        #expect(!printed(diff).contains(Self.escape))
        #expect(diff.stdout.hasPrefix("Changes from Rules/pai to \(dir)/r<U+001B>[2Js:\n"), "\(diff.stdout)")

        let output = dir + "/o\u{1B}[5mo"
        let batch = try CLI.run(["batch", valid, "--output", output, "--as-of", "2026-06-30", "--lang", "en"])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(!printed(batch).contains(Self.escape))
        #expect(batch.stderr.hasSuffix("results in \(dir)/o<U+001B>[5mo\n"), "\(batch.stderr)")
        let results = try String(contentsOfFile: output + "/results.csv", encoding: .utf8)
        #expect(!results.contains(Self.escape))
        #expect(results.contains("\(dir)/z<U+001B>[1mz.yaml,5,"))
    }

    /// A usage error naming a file shows it too.
    @Test func usageErrors() throws {
        let (_, valid, _) = try folder()
        let r = try CLI.run(["evaluate", valid, "--as-of", "2026-06-30", "--output", valid, "--lang", "en"])
        #expect(r.status == 64)
        #expect(!r.stderr.contains(Self.escape))
        #expect(r.stderr.contains("z<U+001B>[1mz.yaml"))
    }
}
