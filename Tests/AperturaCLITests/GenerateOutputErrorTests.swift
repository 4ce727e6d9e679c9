import Foundation
import Testing
import TestSupport

/// `apertura generate --output` naming something that cannot be a folder: exit 74 with the reason in the
/// user's language (it was Foundation's English sentence in both languages).
@Suite struct GenerateOutputErrorTests {
    @Test func anOutputThatIsAFileSaysWhyInTheUsersLanguage() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-gen-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("poblacion").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        let es = try CLI.run(["generate", "--count", "2", "--output", file])
        #expect(es.status == 74)
        #expect(es.stderr == "error: no se pudo escribir «\(file)»: una parte de la ruta es un archivo, no una carpeta\n")
        let en = try CLI.run(["generate", "--count", "2", "--output", file + "/sub", "--stream", "--lang", "en"])
        #expect(en.status == 74)
        #expect(en.stderr == "error: could not write '\(file)/sub': part of the path is a file, not a folder\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["poblacion"])
    }
}
