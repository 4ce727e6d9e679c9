import AperturaLoader
import AperturaSource
import Testing

/// An applicability entry must name what it narrows (the loader: "indique objectives o rules"): one that names
/// neither would narrow nothing, silently, whatever its `applies_to` says.
@Suite struct ApplicabilityEntryTargetTests {
    @Test func anEntryNamingNeitherObjectivesNorRulesIsAnError() throws {
        let policy = try Fixtures.miniPolicy(appending: """
            applicability:
              - applies_to: {kinds: [municipio]}

            """)
        let errors = PolicyLoader.load(file: policy).1.items.filter(\.isError)
        #expect(errors.map(\.code) == ["missing_key"])
        #expect(errors.first?.message.en == "give objectives or rules")
    }
}
