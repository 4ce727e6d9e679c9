import AperturaAuthoring
import Foundation
import TestSupport
import Testing

/// `apertura diff` searches folders for self-assessments as `apertura batch` does: the files kept beside
/// rules and examples that are not self-assessments (`*.tests.yaml`, `*.outcomes.yaml`, as in
/// `Examples/expected/`) are left out. `apertura diff ... Examples` used to read every `*.outcomes.yaml`
/// as a broken self-assessment and exit 65.
@Suite struct DiffCompanionFilesTests {
    @Test func companionFilesInAFolderAreNotInputs() throws {
        let folder = (Scratch.path as NSString).appendingPathComponent("diff-companions-\(UUID().uuidString)")
        let expected = (folder as NSString).appendingPathComponent("expected")
        try FileManager.default.createDirectory(atPath: expected, withIntermediateDirectories: true)
        for name in ["a.yaml", "expected/a.outcomes.yaml", "rules.tests.yaml", "b.yml"] {
            try "x: 1\n".write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let files = ImpactAnalysis.files(in: [folder])
        #expect(files == [(folder as NSString).appendingPathComponent("a.yaml"), (folder as NSString).appendingPathComponent("b.yml")])
    }

    /// Hidden files and whatever is in hidden folders are not inputs, as in `batch`: an editor's backup
    /// (`.#a.yaml`) or a YAML file inside `.git` used to be read as a self-assessment.
    @Test func hiddenFilesAndFoldersAreNotInputs() throws {
        let folder = (Scratch.path as NSString).appendingPathComponent("diff-hidden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder + "/.git/sub", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/visible", withIntermediateDirectories: true)
        for name in ["a.yaml", ".#a.yaml", ".git/config.yaml", ".git/sub/b.yaml", "visible/c.yaml", "visible/.d.yml"] {
            try "x: 1\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        #expect(ImpactAnalysis.files(in: [folder]) == [folder + "/a.yaml", folder + "/visible/c.yaml"])
    }

    /// A companion file named on the command line is read, as in `batch`.
    @Test func aCompanionFileNamedOnTheCommandLineIsRead() {
        let path = "/nowhere/a.outcomes.yaml"
        #expect(ImpactAnalysis.files(in: [path]) == [path])
    }
}
