import Foundation
import Testing
import TestSupport

/// An as-of date between two phases lies inside the span the calendar covers: saying only the span would
/// contradict the date, so the gap is named, with the phase before it and the one after.
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

    @Test func theGapIsNamedWithTheNeighbouringPhases() throws {
        let policy = try Self.policyWithGap()
        let arguments = ["evaluate", "Tests/Fixtures/mini/municipio.yaml", "--rules", "Tests/Fixtures/mini/rules", "--policy", policy, "--as-of", "2028-02-10"]
        let spanish = try CLI.run(arguments)
        #expect(spanish.status == 64)
        #expect(spanish.stderr.hasPrefix("Error: la fecha de corte 2028-02-10 no cae en ninguna fase del calendario de la política: ninguna fase cubre del 2028-01-01 al 2028-02-29, entre la fase «Fase 1» (termina el 2027-12-31) y la fase «Fase 2» (empieza el 2028-03-01)\n"),
                "\(spanish.stderr)")
        let english = try CLI.run(arguments + ["--lang", "en"])
        #expect(english.status == 64)
        #expect(english.stderr.hasPrefix("Error: the as-of date 2028-02-10 falls in no phase of the policy's calendar: no phase covers 2028-01-01 to 2028-02-29, between phase 'Phase 1' (ends 2027-12-31) and phase 'Phase 2' (starts 2028-03-01)\n"),
                "\(english.stderr)")
    }

    /// `batch` and the catalogue of `explain` say the same of a date in the gap.
    @Test func batchAndTheCatalogueNameItToo() throws {
        let policy = try Self.policyWithGap()
        let out = Scratch.url.appendingPathComponent("calendar-gap-out-\(UUID().uuidString)").path
        let batch = try CLI.run(["batch", "Tests/Fixtures/mini/municipio.yaml", "--rules", "Tests/Fixtures/mini/rules", "--policy", policy,
                                 "--as-of", "2028-02-10", "--output", out])
        #expect(batch.status == 64)
        #expect(batch.stderr.hasPrefix("Error: la fecha de corte 2028-02-10 no cae en ninguna fase del calendario de la política: ninguna fase cubre del 2028-01-01 al 2028-02-29, entre la fase «Fase 1»"),
                "\(batch.stderr)")
        let catalogue = try CLI.run(["explain", "--rules", "Tests/Fixtures/mini/rules", "--policy", policy, "--as-of", "2028-02-10"])
        #expect(catalogue.stdout.contains("Fecha de corte: 2028-02-10 · no cae en ninguna fase del calendario de la política: ninguna fase cubre del 2028-01-01 al 2028-02-29, entre la fase «Fase 1» (termina el 2027-12-31) y la fase «Fase 2» (empieza el 2028-03-01)\n"),
                "\(catalogue.stdout.prefix(600))")
    }
}
