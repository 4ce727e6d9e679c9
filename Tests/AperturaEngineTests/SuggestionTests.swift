import AperturaSource
import Testing

/// "Did you mean…?" names a close candidate, never one that shares nothing with what was written: a CSV
/// table whose first header cell is empty had "did you mean ''?" offered for a two-letter column name.
@Suite struct SuggestionTests {
    @Test func aCloseCandidateIsSuggested() {
        #expect(Suggestion.closest(to: "SO", in: ["SOS", "NIVEL"]) == "SOS")
        #expect(Suggestion.closest(to: "recibidaz", in: ["recibidas", "respondidas"]) == "recibidas")
        #expect(Suggestion.closest(to: "abc", in: ["abcd"]) == "abcd")
    }

    @Test func aBlankOrWhollyDifferentCandidateIsNot() {
        #expect(Suggestion.closest(to: "ts", in: ["", "  "]) == nil)
        #expect(Suggestion.closest(to: "ts", in: ["ab", "SOS"]) == nil)
        #expect(Suggestion.closest(to: "x", in: ["y"]) == nil)
    }
}
