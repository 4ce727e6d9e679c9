import AperturaLoader
import Testing

/// Phases that share a single day overlap (FORMAT.md: "phases must not overlap (`invalid_value`: a date would fall
/// in two)"; a phase runs from its start to its end, both included): p1 ending on the day p2 starts is an error,
/// whose help names the day after. A phase one day long (start = end) is not "ending before it starts".
@Suite struct PhaseOverlapOnOneDayTests {
    @Test func endingOnTheDayTheNextStartsIsAnOverlap() throws {
        let policy = try Fixtures.miniPolicy(replacing: [("    end: 2027-12-31\n", "    end: 2028-01-01\n")])
        let diagnostics = PolicyLoader.load(file: policy).1.items.filter(\.isError)
        #expect(diagnostics.map(\.message.en) == [
            "phases 'p1' (ends 2028-01-01) and 'p2' (starts 2028-01-01) overlap: an as-of date between those dates would fall in both",
        ])
        #expect(diagnostics.first?.help?.en == "start 'p2' on 2028-01-02, the day after 'p1' ends")
    }

    @Test func aOneDayPhaseIsValid() throws {
        let policy = try Fixtures.miniPolicy(replacing: [("    start: 2028-01-01\n    end: 2030-12-31\n", "    start: 2028-01-01\n    end: 2028-01-01\n")])
        #expect(PolicyLoader.load(file: policy).1.items.filter(\.isError).isEmpty)
    }
}
