import Foundation
import Testing
import TestSupport

/// `apertura lint` without paths in a folder with `Policies/` and no `Rules/` (an authority's drafts) used to fail on
/// `error[path_not_found]: no existe «Rules»` (65). It lints what is there, each policy against the bundled rule set it
/// names, and a note says which.
@Suite struct LintPoliciesFolderAloneTests {
    func run(_ arguments: [String], in dir: String) throws -> Subprocess.Result {
        try Subprocess.run(CommandTests.binary, arguments, environment: ["NO_COLOR": "1", "APERTURA_HOME": Fixtures.root], directory: URL(fileURLWithPath: dir))
    }

    @Test func aFolderOfPoliciesAloneIsLintedAgainstTheBundledRuleSet() throws {
        let dir = try Fixtures.temporaryDirectory()
        try Fixtures.write(try String(contentsOfFile: Fixtures.path("Policies/pai-inicio.yaml"), encoding: .utf8), to: dir + "/Policies/pai-inicio.yaml")
        let r = try run(["lint"], in: dir)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(!r.stdout.contains("path_not_found"))
        // At the policy's `rule_set: pai` (line 11, value at column 11).
        #expect(r.stdout == """
            Policies/pai-inicio.yaml:11:11: nota[bundled_rule_set]: se revisa contra el conjunto de reglas «pai» de «\(Fixtures.root)/Rules/pai», pues no se revisó ninguno con ese id
              = ayuda: para revisarla contra otro, páselo también a lint: apertura lint CARPETA_DE_REGLAS Policies/pai-inicio.yaml
            1 política revisada: 0 errores, 0 advertencias

            """, "\(r.stdout)")
    }

    @Test func itsErrorsAreFoundAsWithTheRuleSetGiven() throws {
        let dir = try Fixtures.temporaryDirectory()
        let text = try Fixtures.edited("Policies/pai-inicio.yaml", [("at_least: 0.3\n", "at_least: 0\n")])
        try Fixtures.write(text, to: dir + "/Policies/pai-inicio.yaml")
        let r = try run(["lint"], in: dir)
        #expect(r.status == 65)
        #expect(r.stdout.contains("Policies/pai-inicio.yaml:83:15: error[level_unreachable]"), "\(r.stdout)")
    }

    @Test func aFolderWithNeitherStillNamesWhatWasLookedFor() throws {
        let r = try run(["lint"], in: try Fixtures.temporaryDirectory())
        #expect(r.status == 65)
        #expect(r.stdout.contains("error[path_not_found]: no existe «Rules»"), "\(r.stdout)")
    }
}
