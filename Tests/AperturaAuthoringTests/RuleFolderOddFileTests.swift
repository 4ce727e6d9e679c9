import AperturaAuthoring
import AperturaLoader
import Foundation
import Testing

/// What a rule set folder may hold besides rule files: a named pipe, an expression over the length limit.
@Suite struct RuleFolderOddFileTests {
    /// A pipe named like a rule file used to be an "empty rule file" warning, so the rule set loaded and
    /// `template` printed it without a word: it is an error at the pipe.
    @Test func aPipeAmongTheRuleFilesIsAnError() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/mga"), toPath: dir + "/mga")
        let pipe = dir + "/mga/tuberia.yaml"
        #expect(mkfifo(pipe, 0o600) == 0)
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: dir + "/mga")
        #expect(ruleSet == nil)
        #expect(diagnostics.items.map(\.code) == ["file_unreadable"])
        #expect(diagnostics.items.first?.range?.file == pipe)
        #expect(diagnostics.items.first?.message.text(.en) == "'\(pipe)' is not a regular file (it is a pipe, a socket or a device)")
    }

    /// An expression over the length limit is quoted by its start only: the rule file may hold megabytes of it.
    @Test func anOverlongExpressionIsNotQuotedWhole() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai"), toPath: dir + "/pai")
        let file = dir + "/pai/rules/datos_abiertos.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let long = String(repeating: "(", count: 50_000) + "true" + String(repeating: ")", count: 50_000)
        let edited = text.replacingOccurrences(of: "institution.population >= 70000'", with: "\(long)'")
        #expect(edited != text)
        try edited.write(toFile: file, atomically: false, encoding: .utf8)
        let tooLong = Linter.lint(paths: [dir + "/pai"]).diagnostics.filter { $0.code == "expr_too_long" }
        #expect(!tooLong.isEmpty)
        for diagnostic in tooLong {
            let help = diagnostic.help?.text(.en) ?? ""
            #expect(help.hasPrefix("in the expression: institution.kind != "), "\(help.prefix(100))")
            #expect(help.count < 200 && help.hasSuffix("…"))
        }
    }
}
