import AperturaAuthoring
import AperturaEngine
import AperturaModel
import AperturaSource
import Foundation
import Testing
import TestSupport

/// `apertura diff` counts an institution once, as `batch` does (ids compared without the spaces around them,
/// regardless of case, dashes as `-`): a repeat is a `duplicate_institution` problem at its id, not a second row of
/// the impact. And its figures are published as every other output's: scores and ratios cut down to four decimals.
@Suite struct DiffCountsOnceTests {
    static let old = Fixtures.path("Rules/pai")
    static let new = Fixtures.path("Tests/Fixtures/diff/pai-v2")
    static let policy = Fixtures.path("Policies/pai-inicio.yaml")
    static let zapopan = Fixtures.path("Examples/municipio-zapopan.yaml")

    func run(_ files: [String]) throws -> ([InstitutionImpact], [Diagnostic]) {
        let old = try #require(Workspace.load(rules: Self.old, policy: Self.policy).0)
        let new = try #require(Workspace.load(rules: Self.new, policy: Self.policy).0)
        return ImpactAnalysis.run(old: old, new: new, files: files, asOf: Day("2026-06-30")!)
    }

    /// Zapopan three times in a folder: `a.yaml` as it is, `b.yaml` with its id in small letters and a space after
    /// (one institution for the batch), `c.yaml` with another id. `a` and `c` are in the impact; `b` is the repeat, at
    /// its id (line 8 of the example, its value at column 7), naming `a.yaml:8` and how `a` wrote the id.
    @Test func aRepeatedInstitutionIsAProblemNotASecondRow() throws {
        let dir = try Fixtures.temporaryDirectory()
        let text = try String(contentsOfFile: Self.zapopan, encoding: .utf8)
        #expect(text.contains("  id: SO-JAL-01120\n"))
        try Fixtures.write(text, to: dir + "/a.yaml")
        try Fixtures.write(text.replacingOccurrences(of: "  id: SO-JAL-01120\n", with: "  id: \"so-jal-01120 \"\n"), to: dir + "/b.yaml")
        try Fixtures.write(text.replacingOccurrences(of: "  id: SO-JAL-01120\n", with: "  id: SO-JAL-01121\n"), to: dir + "/c.yaml")
        let (impact, problems) = try run(ImpactAnalysis.files(in: [dir]))
        #expect(impact.map(\.institutionID) == ["SO-JAL-01120", "SO-JAL-01121"])
        #expect(problems.map { "\(URL(fileURLWithPath: $0.range?.file ?? "").lastPathComponent):\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.code)" }
                == ["b.yaml:8:7 duplicate_institution"])
        #expect(problems.first?.message.es == "la institución «so-jal-01120 » ya se evaluó en \(dir)/a.yaml:8, escrita «SO-JAL-01120»; cuenta una sola vez")
    }

    /// Through the command: the repeat is said, the text counts one institution, and the exit status is 65, as for
    /// any input that could not be taken into account.
    @Test func theCommandSaysTheRepeatAndExitsWith65() throws {
        let executable = try #require(Subprocess.apertura, "the apertura executable is built with the tests")
        let dir = try Fixtures.temporaryDirectory()
        let text = try String(contentsOfFile: Self.zapopan, encoding: .utf8)
        try Fixtures.write(text, to: dir + "/a.yaml")
        try Fixtures.write(text, to: dir + "/b.yaml")
        let run = try Subprocess.run(executable, ["diff", "--from", Self.old, "--to", Self.new, dir, "--as-of", "2026-06-30"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("b.yaml:8:7: error[duplicate_institution]"))
        #expect(run.stdout.contains("Impacto en 1 institución (fecha de corte 2026-06-30):"))
    }

    /// Zapopan under the new version: score (10/11 + 0.5 + 0.5 + 0.4) / 4 = 0.577272… (DiffTests); ratio: of the old 13
    /// rules met of 17 (Examples/expected), comite_con_fecha (met) is gone, comite_sesiona (met) is new and datos_calidad
    /// is no longer met, so 12 of 17 = 0.705882…. Published as 0.5772 and 0.7058, cut down as `evaluate --format json`
    /// and results.csv cut them (rounded, the CSV said 0.5773, and the JSON gave every digit). Old: 0.7 and 13/17 =
    /// 0.764705… → 0.7647.
    @Test func figuresAreCutToFourDecimalsInEveryFormat() throws {
        let (impact, problems) = try run([Self.zapopan])
        #expect(problems.isEmpty)
        let report = DiffReport(from: "old", to: "new", asOf: "2026-06-30", changes: [], impact: impact, problems: [])
        let json = DiffRenderer.render(report, format: .json, language: .es)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let row = try #require((object["impact"] as? [[String: Any]])?.first)
        #expect(row["new_score"] as? Double == 0.5772)
        #expect(row["new_ratio"] as? Double == 0.7058)
        #expect(row["old_score"] as? Double == 0.7)
        #expect(row["old_ratio"] as? Double == 0.7647)
        let csv = DiffRenderer.render(report, format: .csv, language: .es)
        #expect(csv.contains("institution,level_changed,SO-JAL-01120,Municipio de Zapopan,0.7000,0.5772,-0.1228,en_desarrollo,inicial,"))
        let text = DiffRenderer.render(report, format: .text, language: .es)
        #expect(text.contains("SO-JAL-01120 Municipio de Zapopan: 0.7000 → 0.5772 (-0.1228)"))
    }

    /// A score that moves by less than the fourth decimal is published unchanged: the text does not list it among the
    /// changes of score with "0.6123 → 0.6123 (+0.0000)".
    @Test func aChangeBelowTheFourthDecimalIsNoChangeOfScore() {
        let row = InstitutionImpact(file: "a.yaml", institutionID: "SO-1", institution: "Uno", oldScore: 0.61231, newScore: 0.61238,
                                    oldLevel: "inicial", newLevel: "inicial", oldRatio: nil, newRatio: nil, changedRules: ["r"])
        #expect(row.category == "score_changed")
        #expect(row.published.category == "unchanged")
        let report = DiffReport(from: "old", to: "new", asOf: "2026-06-30", changes: [], impact: [row], problems: [])
        #expect(DiffRenderer.render(report, format: .csv, language: .es).contains("institution,unchanged,SO-1,Uno,0.6123,0.6123,0.0000,inicial,inicial,r"))
    }
}
