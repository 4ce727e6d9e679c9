import AperturaSource
import Testing

@testable import AperturaAuthoring

/// Folder arithmetic on paths as typed, one-character ones included (Foundation traps on those).
@Suite struct PathTextTests {
    @Test(arguments: [
        ("a/b", "a"), ("a", ""), (".", ""), ("r", ""), ("a/", ""), ("./a", "."), ("/a", "/"), ("/", "/"),
        ("Rules/pai/rules.yaml", "Rules/pai"), ("a//b", "a"), ("../x", ".."),
    ])
    func directory(path: String, folder: String) {
        #expect(PathText.directory(of: path) == folder)
    }

    @Test(arguments: [
        ("Rules/pai/indicators", "Rules/pai"), ("Rules", "."), (".", ".."), ("..", "../.."), ("a/.", "a/./.."), ("/a", "/"),
    ])
    func parent(path: String, parent: String) {
        #expect(FolderPath.parent(of: path) == parent)
    }

    @Test func theRootHasNoParent() {
        #expect(FolderPath.parent(of: "/") == nil)
    }
}
