import AperturaAuthoring
import Foundation
import Testing

/// A folder tree nearly as deep as a path can name (1,900 levels): `lint` searched it by recursion and
/// overflowed the stack (signal 11); it is searched with a list now, and the policy at the bottom is found.
@Suite struct DeepFolderTests {
    @Test func aVeryDeepTreeIsSearched() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let deepest = dir + String(repeating: "/a", count: 1_900)
        try FileManager.default.createDirectory(atPath: deepest, withIntermediateDirectories: true)
        let policy = try #require(FileManager.default.contents(atPath: Fixtures.path("Policies/pai-inicio.yaml")))
        #expect(FileManager.default.createFile(atPath: deepest + "/politica.yaml", contents: policy))
        let targets = LintTargets.find(in: [dir])
        #expect(targets.policies == [deepest + "/politica.yaml"])
        #expect(targets.missing.isEmpty)
    }
}
