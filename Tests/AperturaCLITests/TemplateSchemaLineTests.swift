import Foundation
import Testing
import TestSupport

/// The template's editor-schema line leads to the installed schema from the folder the template is written to.
/// It used to be `../schemas/...` whatever that folder, which only held for files one level inside the
/// repository: `apertura template > mine.yaml` at its top pointed the editor at nothing.
@Suite struct TemplateSchemaLineTests {
    static let schema = SharedData.packageRoot.appendingPathComponent("schemas/pai.self-assessment.schema.json").path

    func firstLine(_ text: String) -> String { String(text.prefix { $0 != "\n" }) }

    @Test func fromTheCurrentFolderWhenPrinted() throws {
        let top = try CLI.run(["template"])
        #expect(firstLine(top.stdout) == "# yaml-language-server: $schema=schemas/pai.self-assessment.schema.json")
        let examples = try Subprocess.run(CLI.binary, ["template"], environment: ["APERTURA_HOME": nil],
                                          directory: SharedData.packageRoot.appendingPathComponent("Examples"))
        #expect(firstLine(examples.stdout) == "# yaml-language-server: $schema=../schemas/pai.self-assessment.schema.json")
    }

    @Test func fromTheFolderOfTheFileItIsWrittenTo() throws {
        let folder = Scratch.url.appendingPathComponent("template-schema-\(UUID().uuidString)/sub").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/mine.yaml"
        let run = try Subprocess.run("/bin/sh", ["-c", "exec \"$0\" template > \"$1\"", CLI.binary, file], environment: ["APERTURA_HOME": nil])
        #expect(run.status == 0, "\(run.stderr)")
        let line = firstLine(try String(contentsOfFile: file, encoding: .utf8))
        let prefix = "# yaml-language-server: $schema="
        #expect(line.hasPrefix(prefix))
        let path = String(line.dropFirst(prefix.count))
        let resolved = path.hasPrefix("/") ? path : folder + "/" + path
        // The path leads to the installed schema file (compared as files, whatever the spelling).
        let a = try FileManager.default.attributesOfItem(atPath: resolved), b = try FileManager.default.attributesOfItem(atPath: Self.schema)
        #expect(a[.systemFileNumber] as? Int == b[.systemFileNumber] as? Int && a[.systemNumber] as? Int == b[.systemNumber] as? Int, "\(path)")
    }

    /// A folder that shares nothing with the schema's path but the root (`/tmp/...` and `/work/...`) gets the
    /// absolute path, not one that climbs to `/` and back down.
    @Test func absoluteWhenOnlyTheRootIsShared() throws {
        let folder = Scratch.url.appendingPathComponent("template-root-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let schema = URL(fileURLWithPath: Self.schema).resolvingSymlinksInPath().path
        let realFolder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        // Only where the two differ from their first component (the scratch folder outside the package's tree).
        guard realFolder.split(separator: "/").first != schema.split(separator: "/").first else { return }
        let file = folder + "/mine.yaml"
        let run = try Subprocess.run("/bin/sh", ["-c", "exec \"$0\" template > \"$1\"", CLI.binary, file], environment: ["APERTURA_HOME": nil])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(firstLine(try String(contentsOfFile: file, encoding: .utf8)) == "# yaml-language-server: $schema=" + schema)
    }

    @Test func noneLeavesTheLineOut() throws {
        #expect(firstLine(try CLI.run(["template", "--schema", "none"]).stdout).hasPrefix("# Autoevaluación:"))
    }
}
