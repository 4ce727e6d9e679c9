import Testing

/// `diff --from Rules/pai --to Rules/mga` put its `rule_set_mismatch` at `Rules/mga/ruleset.yaml:4:1` (`kind:
/// ruleset`, the start of the mapping); the id it is about, `id: mga`, is on line 5, its value at column 5.
@Suite struct DiffMismatchPlaceTests {
    @Test func theMismatchIsAtTheNewVersionsID() throws {
        let r = try CLI.run(["diff", "--from", "Rules/pai", "--to", "Rules/mga", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-30"])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("Rules/mga/ruleset.yaml:5:5: error[rule_set_mismatch]: --from es el conjunto de reglas «pai» y --to es «mga»"), "\(r.stderr)")
    }
}
