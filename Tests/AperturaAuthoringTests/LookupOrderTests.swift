@testable import AperturaAuthoring
import AperturaLoader
import AperturaModel
import Testing

/// Lookups by id built once (`firstByID`) give what a scan of the list (`first(where:)`) gave.
@Suite struct LookupOrderTests {
    @Test func firstItemOfEachKeyWins() {
        let items = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]
        let byKey = firstByID(items, \.0)
        for key in ["a", "b", "c", "d"] {
            #expect(byKey[key]?.1 == items.first(where: { $0.0 == key })?.1, "key \(key)")
        }
    }

    /// The diff looks each new indicator and rule up in the old set: listing the old set's items in
    /// another order changes nothing, and a rule set compared with itself reversed has no changes.
    @Test func diffDoesNotDependOnOrder() throws {
        let old = try #require(RuleSetLoader.load(directory: Fixtures.path("Rules/pai")).0)
        let new = try #require(RuleSetLoader.load(directory: Fixtures.path("Tests/Fixtures/diff/pai-v2")).0)
        var reversed = old
        reversed.indicators.reverse()
        reversed.rules.reverse()
        reversed.populationGoals.reverse()
        let summary = { (changes: [RuleSetChange]) in changes.map { "\($0.kind) \($0.subject) \($0.old ?? "-") > \($0.new ?? "-")" } }
        #expect(summary(RuleSetDiff.compare(reversed, new)).sorted() == summary(RuleSetDiff.compare(old, new)).sorted())
        #expect(RuleSetDiff.compare(reversed, old).isEmpty)
        #expect(summary(RuleSetDiff.compare(old, new)).count == 6)
    }
}
