import AperturaLoader
import Testing

/// A policy cites its source or, for a proposed one, gives its rationale (FORMAT.md: "source: CITATION or
/// `rationale:` for a proposed policy"): one with neither is refused (`missing_source`), as unfounded.
@Suite struct PolicyWithoutProvenanceTests {
    @Test func aPolicyWithNeitherSourceNorRationaleIsRefused() throws {
        let policy = try Fixtures.miniPolicy(replacing: [("rationale: {es: Sólo para pruebas, en: Tests only}\n", "")])
        let (loaded, diagnostics) = PolicyLoader.load(file: policy)
        #expect(loaded == nil)
        let errors = diagnostics.items.filter(\.isError)
        #expect(errors.map(\.code) == ["missing_source"])
        #expect(errors.first?.message.en == "the policy cites no source and gives no rationale")
    }
}
