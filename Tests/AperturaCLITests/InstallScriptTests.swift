import Foundation
import TestSupport
import Testing

/// `scripts/install PREFIX` puts the binary in PREFIX/bin and its bundle in PREFIX/share/apertura, where the
/// binary finds it from any folder (here with the debug binary the tests run, through `--binary`).
@Suite struct InstallScriptTests {
    func install() throws -> URL {
        let prefix = Scratch.url.appendingPathComponent("apertura-install-\(UUID().uuidString)")
        let script = SharedData.packageRoot.appendingPathComponent("scripts/install").path
        let r = try Subprocess.run("/bin/bash", [script, prefix.path, "--binary", CLI.binary])
        #expect(r.status == 0, "\(r.stderr)")
        return prefix
    }

    @Test func anInstalledCopyFindsItsRulesFromAnyFolder() throws {
        let prefix = try install()
        let share = prefix.appendingPathComponent("share/apertura")
        for folder in ["README.md", "Rules/pai", "Rules/mga", "Policies", "Mappings", "schemas", "Examples", "docs"] {
            #expect(FileManager.default.fileExists(atPath: share.appendingPathComponent(folder).path), "\(folder)")
        }
        // Readable by every user of the prefix, as the folders inside it are.
        let mode = try FileManager.default.attributesOfItem(atPath: share.path)[.posixPermissions] as? Int
        #expect(mode == 0o755)
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/bash-completion/completions/apertura").path))
        // Run from the prefix itself, which holds no Rules/: the bundle is found beside the binary.
        let binary = prefix.appendingPathComponent("bin/apertura").path
        let r = try Subprocess.run(binary, ["evaluate", "share/apertura/Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"],
                                   environment: ["APERTURA_HOME": nil], directory: prefix)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Reporte de cumplimiento — Municipio de Zapopan (SO-JAL-01120)\n"), "\(r.stdout.prefix(300))")
        #expect(r.stdout.contains("\nPuntaje: 0.70 · Nivel: En desarrollo (umbrales propuestos)\n"))
        // Installing again replaces the bundle whole.
        let again = try Subprocess.run("/bin/bash", [SharedData.packageRoot.appendingPathComponent("scripts/install").path, prefix.path, "--binary", CLI.binary])
        #expect(again.status == 0, "\(again.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: prefix.appendingPathComponent("share").path).sorted()
        #expect(left == ["apertura", "bash-completion"])
    }

    @Test func aBinaryAwayFromItsBundleSaysWhereRulesAreLookedFor() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let binary = dir.appendingPathComponent("apertura").path
        try FileManager.default.copyItem(atPath: CLI.binary, toPath: binary)
        let r = try Subprocess.run(binary, ["explain", "--rule", "comite_integrado"], environment: ["APERTURA_HOME": nil], directory: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("error[rules_not_found]: no existe la carpeta de reglas «Rules/pai»\n  = ayuda: indique --rules con la carpeta del conjunto; las reglas incluidas se buscan en la carpeta actual, en $APERTURA_HOME y junto al programa instalado"), "\(r.stderr)")
    }
}
