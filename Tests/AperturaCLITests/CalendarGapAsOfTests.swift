import Foundation
import Testing
import TestSupport

/// An as-of date between two phases lies inside the span the calendar covers: saying only the span would
/// contradict the date, so the gap is named, with the phase before it and the one after. From the command line such a
/// calendar is now refused as lint refuses it (`calendar_gap`), before any date is tried.
@Suite struct CalendarGapAsOfTests {
    /// The mini policy with p2 starting on 2028-03-01 instead of 2028-01-01: nothing covers 2028-01-01 to 2028-02-29
    /// (2028 is a leap year).
    static func policyWithGap() throws -> String {
        let root = SharedData.packageRoot.path
        let text = try String(contentsOfFile: root + "/Tests/Fixtures/mini/policy.yaml", encoding: .utf8)
        let edited = text.replacingOccurrences(of: "    start: 2028-01-01\n", with: "    start: 2028-03-01\n")
        #expect(edited != text)
        let file = Scratch.url.appendingPathComponent("calendar-gap-\(UUID().uuidString).yaml").path
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// A policy with a gap is one lint rejects (`calendar_gap`), and since evaluation runs lint's policy checks it is
    /// refused before any date is looked at (it used to be evaluated, and only a date in the gap failed, 64): exit 65,
    /// at p2's `start` (line 16, column 12), naming the gap by its days and neighbouring phases, in both languages.
    @Test func theGapIsNamedWithTheNeighbouringPhases() throws {
        let policy = try Self.policyWithGap()
        let arguments = ["evaluate", "Tests/Fixtures/mini/municipio.yaml", "--rules", "Tests/Fixtures/mini/rules", "--policy", policy, "--as-of", "2028-02-10"]
        let spanish = try CLI.run(arguments)
        #expect(spanish.status == 65)
        #expect(spanish.stderr.hasPrefix(policy + ":16:12: error[calendar_gap]: ninguna fase cubre del 2028-01-01 al 2028-02-29, entre las fases «p1» (termina el 2027-12-31) y «p2» (empieza el 2028-03-01)"),
                "\(spanish.stderr)")
        let english = try CLI.run(arguments + ["--lang", "en"])
        #expect(english.status == 65)
        #expect(english.stderr.hasPrefix(policy + ":16:12: error[calendar_gap]: no phase covers 2028-01-01 to 2028-02-29, between phases 'p1' (ends 2027-12-31) and 'p2' (starts 2028-03-01)"),
                "\(english.stderr)")
    }

    /// `batch` and the catalogue of `explain` refuse it the same way.
    @Test func batchAndTheCatalogueNameItToo() throws {
        let policy = try Self.policyWithGap()
        let out = Scratch.url.appendingPathComponent("calendar-gap-out-\(UUID().uuidString)").path
        let batch = try CLI.run(["batch", "Tests/Fixtures/mini/municipio.yaml", "--rules", "Tests/Fixtures/mini/rules", "--policy", policy,
                                 "--as-of", "2028-02-10", "--output", out])
        #expect(batch.status == 65)
        #expect(batch.stderr.hasPrefix(policy + ":16:12: error[calendar_gap]: ninguna fase cubre del 2028-01-01 al 2028-02-29"), "\(batch.stderr)")
        let catalogue = try CLI.run(["explain", "--rules", "Tests/Fixtures/mini/rules", "--policy", policy, "--as-of", "2028-02-10"])
        #expect(catalogue.status == 65)
        #expect(catalogue.stdout.isEmpty)
        #expect(catalogue.stderr.hasPrefix(policy + ":16:12: error[calendar_gap]:"), "\(catalogue.stderr)")
    }
}
