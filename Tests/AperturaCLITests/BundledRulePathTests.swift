import Foundation
import Testing
import TestSupport

/// A report goes to a Comité de Apertura: where a bundled rule is defined is said relative to the bundle
/// (`Rules/pai/rules/x.yaml:4:5`), never as the path of the machine that ran it, however the bundle was found.
@Suite struct BundledRulePathTests {
    static let root = SharedData.packageRoot.path

    /// Runs from a folder outside the bundle, which `APERTURA_HOME` names.
    static func run(_ arguments: [String], home: String) throws -> Subprocess.Result {
        let folder = Scratch.url.appendingPathComponent("bundled-rule-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try Subprocess.run(CLI.binary, arguments, environment: ["APERTURA_HOME": home], directory: folder)
    }

    static func zapopan(_ format: String) -> [String] {
        ["evaluate", "\(root)/Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--format", format]
    }

    @Test(arguments: [root, root + "/"])
    func markdownAndHTMLNameTheRuleInsideTheBundle(home: String) throws {
        // cumplimiento_portal is the first rule of Rules/pai/rules/acceso_informacion.yaml: line 4, column 5.
        let markdown = try Self.run(Self.zapopan("markdown"), home: home)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("(`cumplimiento_portal`) | no cumple | 76 / 100 | ≥ 80 / 100 (propuesta) |  | `Rules/pai/rules/acceso_informacion.yaml:4:5` |"),
                "\(markdown.stdout)")
        #expect(!markdown.stdout.contains(Self.root + "/Rules"))
        let html = try Self.run(Self.zapopan("html"), home: home)
        #expect(html.stdout.contains("<p class=\"where\">regla: <code>Rules/pai/rules/acceso_informacion.yaml:4:5</code></p>"))
        #expect(!html.stdout.contains(Self.root + "/Rules"))
    }

    @Test func textAndJSONSayItTheSameWay() throws {
        let text = try Self.run(Self.zapopan("text"), home: Self.root)
        #expect(text.stdout.contains("      regla: Rules/pai/rules/acceso_informacion.yaml:4:5\n"))
        let json = try Self.run(Self.zapopan("json"), home: Self.root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let portal = try #require(findings.first { $0["rule"] as? String == "cumplimiento_portal" })
        #expect(portal["rule_location"] as? String == "Rules/pai/rules/acceso_informacion.yaml:4:5")
    }

    @Test func batchPagesNameTheRuleInsideTheBundle() throws {
        // The per-institution pages are the pages evaluate writes: the same rule location.
        let out = Scratch.url.appendingPathComponent("bundled-rule-path-batch-\(UUID().uuidString)").path
        let batch = try Self.run(["batch", "\(Self.root)/Examples/municipio-zapopan.yaml", "--output", out, "--as-of", "2026-06-30",
                                  "--per-institution", "markdown"], home: Self.root)
        #expect(batch.status == 0, "\(batch.stderr)")
        let page = try String(contentsOfFile: out + "/institutions/000001-SO-JAL-01120.md", encoding: .utf8)
        #expect(page.contains("| `Rules/pai/rules/acceso_informacion.yaml:4:5` |"))
        #expect(!page.contains(Self.root + "/Rules"))
    }

    @Test func rulesOutsideTheBundleKeepTheirPath() throws {
        // A copy of the rules in a folder of its own is not the bundle's: its path is the only way to find it.
        let copy = try PAIRulesCopy.make("bundled-rule-path")
        let markdown = try Self.run(Self.zapopan("markdown") + ["--rules", copy.rules], home: Self.root)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("| `\(copy.rules)/rules/acceso_informacion.yaml:4:5` |"), "\(markdown.stdout)")
    }

    /// explain names where the rule is written as the reports do: relative to the bundle `APERTURA_HOME` names.
    @Test func explainNamesTheRuleInsideTheBundle() throws {
        let r = try Self.run(["explain", "\(Self.root)/Examples/municipio-zapopan.yaml", "--rule", "cumplimiento_portal", "--as-of", "2026-06-30"],
                             home: Self.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(" (Rules/pai/rules/acceso_informacion.yaml:4:5, peso "), "\(r.stdout)")
        #expect(!r.stdout.contains(Self.root + "/Rules"), "\(r.stdout)")
        // The sheet, with no self-assessment, too.
        let sheet = try Self.run(["explain", "--rule", "cumplimiento_portal", "--as-of", "2026-06-30"], home: Self.root)
        #expect(sheet.stdout.contains(" (Rules/pai/rules/acceso_informacion.yaml:4:5, peso "), "\(sheet.stdout)")
        #expect(!sheet.stdout.contains(Self.root + "/Rules"), "\(sheet.stdout)")
    }
}
