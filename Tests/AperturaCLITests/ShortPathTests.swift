import Foundation
import Testing
import TestSupport

/// One-character relative paths (`--junit j`, `--output r`, a test file in the current folder) once crashed the
/// command (Foundation's `deletingLastPathComponent` traps on them); they must work like any other path.
@Suite struct ShortPathTests {
    static func temporaryFolder() throws -> URL {
        let url = Scratch.url.appendingPathComponent("apertura-short-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String], in folder: URL) throws -> Subprocess.Result {
        try Subprocess.run(CLI.binary, arguments, environment: ["APERTURA_HOME": SharedData.packageRoot.path], directory: folder)
    }

    @Test func oneLetterOutputFiles() throws {
        let folder = try Self.temporaryFolder()
        let root = SharedData.packageRoot.path
        let test = try Self.run(["test", "\(root)/Rules", "--junit", "j"], in: folder)
        #expect(test.status == 0, "\(test.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("j").path))
        let evaluate = try Self.run(["evaluate", "\(root)/Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30", "--output", "r"], in: folder)
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r").path))
    }

    @Test func aTestFileInTheCurrentFolderOutsideARuleSet() throws {
        let folder = try Self.temporaryFolder()
        try "kind: tests\nas_of: 2026-06-30\ncases:\n  - {name: a, assessment: a.yaml, expect: {score: 1}}\n"
            .write(to: folder.appendingPathComponent("f.tests.yaml"), atomically: true, encoding: .utf8)
        let result = try Self.run(["test", "f.tests.yaml"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("rules_not_found"))
        let lint = try Self.run(["lint", "."], in: folder)
        #expect(lint.status == 65)
        #expect((lint.stdout + lint.stderr).contains("nothing_to_lint"))
    }
}
