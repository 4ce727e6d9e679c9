import Foundation
import TestSupport
import Testing

/// An author works in a folder of their own with `Rules/<id>/` and `Policies/` (docs/GUIA-AUTORES.md): the tool
/// finds that rule set and its policy there, and still finds the bundled PAI rules, whether the bundle is found
/// beside the executable or named by `$APERTURA_HOME`.
@Suite struct AuthorFolderTests {
    /// A folder holding `Rules/pai_local` (the PAI rules under another id), `Policies/local.yaml` (the PAI policy
    /// for it) and `zapopan.yaml` (Zapopan answering `pai_local`).
    func authorFolder() throws -> URL {
        let dir = Scratch.url.appendingPathComponent("apertura-author-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("Rules"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("Policies"), withIntermediateDirectories: true)
        try fm.copyItem(at: SharedData.packageRoot.appendingPathComponent("Rules/pai"), to: dir.appendingPathComponent("Rules/pai_local"))
        func edit(_ from: String, _ to: URL, _ replacements: [(String, String)]) throws {
            var text = try CLI.read(from)
            for (old, new) in replacements {
                #expect(text.components(separatedBy: old).count == 2, "\(old) once in \(from)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            try text.write(to: to, atomically: true, encoding: .utf8)
        }
        try edit("Rules/pai/ruleset.yaml", dir.appendingPathComponent("Rules/pai_local/ruleset.yaml"), [("\nid: pai\n", "\nid: pai_local\n")])
        try edit("Policies/pai-inicio.yaml", dir.appendingPathComponent("Policies/local.yaml"),
                 [("\nid: pai_inicio\n", "\nid: local\n"), ("\nrule_set: pai\n", "\nrule_set: pai_local\n")])
        try edit("Examples/municipio-zapopan.yaml", dir.appendingPathComponent("zapopan.yaml"), [("\nrule_set: pai\n", "\nrule_set: pai_local\n")])
        return dir
    }

    func run(_ arguments: [String], in dir: URL, home: String?) throws -> Subprocess.Result {
        try Subprocess.run(CLI.binary, arguments, environment: ["APERTURA_HOME": home], directory: dir)
    }

    @Test(arguments: [nil, SharedData.packageRoot.path])
    func theAuthorsRuleSetAndTheBundledOnesAreBothFound(home: String?) throws {
        let dir = try authorFolder()
        let validated = try run(["validate", "zapopan.yaml"], in: dir, home: home)
        #expect(validated.status == 0, "\(validated.stderr)")
        let evaluated = try run(["evaluate", "zapopan.yaml", "--as-of", "2026-06-30"], in: dir, home: home)
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout.contains("(pai_local 2025.1) · Política: Evaluación de la Política de Apertura Institucional"), "\(evaluated.stdout.prefix(500))")
        // The rule set's policy, from the folder's Policies/, without --policy.
        let explained = try run(["explain", "--rules", "Rules/pai_local", "--rule", "comite_integrado", "--as-of", "2026-06-30"], in: dir, home: home)
        #expect(explained.status == 0, "\(explained.stderr)")
        #expect(explained.stdout.contains("  Alcance según la política «local»: no lo restringe\n"), "\(explained.stdout.prefix(500))")
        // The bundled PAI rules are still there for a self-assessment that answers them.
        let bundled = try run(["validate", SharedData.packageRoot.appendingPathComponent("Examples/autonomo-ine.yaml").path], in: dir, home: home)
        #expect(bundled.status == 0, "\(bundled.stderr)")
        // And its report names the bundled rules as in the bundle, not by this machine's path.
        let report = try run(["evaluate", SharedData.packageRoot.appendingPathComponent("Examples/municipio-zapopan.yaml").path, "--as-of", "2026-06-30"],
                             in: dir, home: home)
        #expect(report.stdout.contains("      regla: Rules/pai/rules/"), "\(report.stdout.prefix(2000))")
        #expect(!report.stdout.contains(SharedData.packageRoot.appendingPathComponent("Rules").path))
    }
}
