import AperturaAuthoring
import Foundation
import Testing

/// A policy over the YAML size limit in a searched folder: found by its `kind: policy` line (read from the
/// file's first 8 MiB only, not the whole file) and reported as too large, not passed over.
@Suite struct OversizedPolicySearchTests {
    @Test func anOversizedPolicyInAFolderIsReported() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/enorme.yaml"
        let line = "# " + String(repeating: "x", count: 1_000) + "\n"
        try ("kind: policy\n" + String(repeating: line, count: 9_000)).write(toFile: file, atomically: false, encoding: .utf8)
        let result = Linter.lint(paths: [dir])
        #expect(result.checked == [file])
        #expect(result.diagnostics.map(\.code) == ["yaml_too_large"])
    }
}
