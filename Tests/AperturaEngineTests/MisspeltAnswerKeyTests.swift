import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import Testing

/// A field or section name written with a typo is one error, `unknown_key` at the typo with "did you mean" the
/// right name. `validate` used to list the answers it holds as missing too: one slip, two errors for a field and
/// five for the `solicitudes` section. A name close to nothing still leaves its answers missing.
@Suite struct MisspeltAnswerKeyTests {
    /// Examples/municipio-tlalnelhuayocan.yaml with one replacement; its errors as "line:column code", sorted.
    func errors(replacing old: String, with new: String) throws -> [String] {
        let text = try String(contentsOfFile: Fixtures.path("Examples/municipio-tlalnelhuayocan.yaml"), encoding: .utf8)
        #expect(text.contains(old))
        let file = try Fixtures.temporaryDirectory() + "/a.yaml"
        try Fixtures.write(text.replacingOccurrences(of: old, with: new), to: file)
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.path("Rules/pai")).0)
        let (diagnostics, count, _) = Workspace.validation(of: file, ruleSet: ruleSet)
        let listed = diagnostics.filter(\.isError).map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.code)" }
        #expect(count == listed.count)
        return listed.sorted()
    }

    @Test func aMisspeltFieldIsOneError() throws {
        // Line 47 is `    recibidas: 42`, its key at column 5.
        #expect(try errors(replacing: "    recibidas: 42\n", with: "    recibdas: 42\n") == ["47:5 unknown_key"])
    }

    @Test func aMisspeltSectionIsOneError() throws {
        // Line 46 is `  solicitudes:`, its key at column 3; the section's four answers follow it.
        #expect(try errors(replacing: "  solicitudes:\n", with: "  solicitudess:\n") == ["46:3 unknown_key"])
    }

    @Test func aNameCloseToNoFieldLeavesTheAnswerMissing() throws {
        // `zzz` suggests nothing: `recibidas` is missing, said at the section's first key (line 47, column 5).
        #expect(try errors(replacing: "    recibidas: 42\n", with: "    zzz: 42\n") == ["47:5 missing_answer", "47:5 unknown_key"])
    }
}
