@testable import AperturaBatch
import Foundation
import Testing

/// `institutions/` after a run (docs/BATCH.md): the reports an earlier run left are replaced by this run's, or
/// removed without `--per-institution`; other files in the folder, not named like reports, are kept.
@Suite struct InstitutionsFolderUpkeepTests {
    @Test func aNoteInTheFolderOutlivesARunThatWritesReports() throws {
        let out = Fixtures.temporaryDirectory("upkeep-note")
        try Fixtures.runPAI([Fixtures.zapopan, Fixtures.zapopan.replacingOccurrences(of: "municipio-zapopan", with: "autonomo-ine")], out, .json)
        Fixtures.write("notas\n", out + "/institutions/LEAME.txt")
        try Fixtures.runPAI([Fixtures.zapopan], out, .json)
        #expect(Fixtures.files(out + "/institutions") == ["000001-SO-JAL-01120.json", "LEAME.txt"])
        #expect(Fixtures.read(out + "/institutions/LEAME.txt") == "notas\n")
    }

    @Test func markdownReportsAreRemovedAndSoIsTheFolderLeftEmpty() throws {
        let out = Fixtures.temporaryDirectory("upkeep-markdown")
        try Fixtures.runPAI([Fixtures.zapopan], out, .markdown)
        #expect(Fixtures.files(out + "/institutions") == ["000001-SO-JAL-01120.md"])
        try Fixtures.runPAI([Fixtures.zapopan], out, nil)
        #expect(!FileManager.default.fileExists(atPath: out + "/institutions"))
    }

    @Test(arguments: [("000001-SO-1.json", true), ("000001-SO-1.md", true), ("1000000-SO-1.json", true), ("000001-_.md", true),
                      ("00001-SO-1.json", false), ("000001SO-1.json", false), ("000001-SO-1.txt", false), ("LEAME.txt", false),
                      ("SO-000001-1.json", false)])
    func whatIsNamedLikeAReport(name: String, isReport: Bool) {
        #expect(StaleReports.isReportName(name) == isReport)
    }
}
