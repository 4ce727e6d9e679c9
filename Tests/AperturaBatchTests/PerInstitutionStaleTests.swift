import AperturaBatch
import Foundation
import Testing

/// `institutions/NNNNNN-<id>` names a row of results.csv: a report left by an earlier run in the same
/// folder would name a row that now holds another institution (or none).
@Suite struct PerInstitutionStaleTests {
    @Test func aSecondRunLeavesOnlyItsOwnReports() throws {
        let out = Fixtures.temporaryDirectory("stale-reports")
        let examples = Fixtures.paiExamples
        // Three institutions as JSON, then markdown: six reports on disk before this fix.
        try Fixtures.runPAI(Array(examples.prefix(3)), out, .json)
        try Fixtures.runPAI(Array(examples.prefix(3)), out, .markdown)
        #expect(Fixtures.files(out + "/institutions").count == 3)
        #expect(Fixtures.files(out + "/institutions").allSatisfy { $0.hasSuffix(".md") })
        // Pages too: HTML after Markdown leaves no Markdown beside them.
        try Fixtures.runPAI(Array(examples.prefix(3)), out, .html)
        #expect(Fixtures.files(out + "/institutions").count == 3)
        #expect(Fixtures.files(out + "/institutions").allSatisfy { $0.hasSuffix(".html") })
        // Then one institution (the third): row 1 is now the third example, and rows 2 and 3 are gone.
        try Fixtures.runPAI([examples[2]], out, .json)
        let id = try #require(Fixtures.records(out + "/results.csv").dropFirst().first?[2])
        #expect(Fixtures.files(out + "/institutions") == ["000001-\(BatchOutputs.fileSlug(id)).json"])
        // A file the run did not write and that is not named like a report is left alone.
        Fixtures.write("notas\n", out + "/institutions/LEAME.txt")
        // A run without per-institution reports leaves none of the earlier ones.
        try Fixtures.runPAI(Array(examples.prefix(2)), out, nil)
        #expect(Fixtures.files(out + "/institutions") == ["LEAME.txt"])
    }
}
