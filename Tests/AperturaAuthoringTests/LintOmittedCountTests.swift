import AperturaAuthoring
import Foundation
import Testing

/// A rule set with more problems than a loader keeps (200): the summary counts them all and says how many
/// are not listed, rather than "200 errors".
@Suite struct LintOmittedCountTests {
    @Test func theSummaryCountsWhatIsNotListed() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/mga"), toPath: dir + "/mga")
        // 250 files with one unknown key each.
        for index in 0..<250 {
            try "kind: rules\nrules: []\nsobra\(index): 1\n".write(toFile: dir + "/mga/extra\(index).yaml", atomically: false, encoding: .utf8)
        }
        let result = Linter.lint(paths: [dir + "/mga"])
        #expect(result.diagnostics.count == 200)
        #expect(result.errorCount == 250)
        #expect(result.omittedCount == 50)
        #expect(LintRenderer.text(result, language: .en).hasSuffix("\n1 rule set checked: 250 errors, 0 warnings (50 not shown)\n"))
        #expect(LintRenderer.text(result, language: .es).hasSuffix("\n1 conjunto de reglas revisado: 250 errores, 0 advertencias (50 no se muestran)\n"))
        let json = LintRenderer.json(result, language: .en)
        #expect(json.contains("\"errors\" : 250") && json.contains("\"omitted\" : 50"))
    }
}
