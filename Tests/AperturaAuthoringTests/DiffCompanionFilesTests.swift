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
    /// (It must exist: a path that does not is now a problem found while gathering the inputs, not a file to read.)
    @Test func aCompanionFileNamedOnTheCommandLineIsRead() throws {
        let folder = (Scratch.path as NSString).appendingPathComponent("diff-named-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/a.outcomes.yaml"
        try "x: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(ImpactAnalysis.files(in: [path]) == [path])
    }

    /// A FIFO in a folder (with a writer holding it open, `diff` waited for ever), a link to `/dev/zero` (read up
    /// to 8 MiB) and a folder named `dir.yaml` (said to be an unreadable file while its contents were read too):
    /// the pipe and the link are problems, not read; the folder is searched like any other.
    @Test func pipesDevicesAndFoldersNamedLikeFilesAreNotRead() throws {
        let folder = (Scratch.path as NSString).appendingPathComponent("diff-special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder + "/dir.yaml", withIntermediateDirectories: true)
        try "x: 1\n".write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        try "x: 1\n".write(toFile: folder + "/dir.yaml/inner.yaml", atomically: true, encoding: .utf8)
        #expect(mkfifo(folder + "/p.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.yaml", withDestinationPath: "/dev/zero")
        let found = ImpactAnalysis.inputs(in: [folder])
        #expect(found.files == [folder + "/a.yaml", folder + "/dir.yaml/inner.yaml"])
        #expect(found.problems.map(\.code) == ["file_unreadable", "link_outside_inputs"])
        #expect(found.problems.map { $0.range?.start.file } == [folder + "/p.yaml", folder + "/zero.yaml"])
    }
}
