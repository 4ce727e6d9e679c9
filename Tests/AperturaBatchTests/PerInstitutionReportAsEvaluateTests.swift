import AperturaBatch
import Foundation
import Testing
import TestSupport

/// `institutions/` holds each institution's own report "as `apertura evaluate --format json|markdown|html` writes
/// it": the same bytes, its reads and findings included, in the format asked for.
@Suite struct PerInstitutionReportAsEvaluateTests {
    @Test(arguments: [(PerInstitutionFormat.json, "json", "json"), (.markdown, "markdown", "md"), (.html, "html", "html")])
    func aReportIsWhatEvaluateWrites(format: PerInstitutionFormat, name: String, fileExtension: String) throws {
        let executable = try #require(Fixtures.executable)
        let out = Fixtures.temporaryDirectory("as-evaluate-\(name)")
        _ = try BatchRunner.run(BatchOptions(inputs: [Fixtures.zapopan], outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1, perInstitution: format))
        let expected = Fixtures.temporaryDirectory("as-evaluate-\(name)-cli") + "/report.\(fileExtension)"
        let status = try Fixtures.run(executable, ["evaluate", Fixtures.zapopan, "--rules", Fixtures.paiRules, "--policy", Fixtures.paiPolicy,
                                                   "--as-of", "2026-06-30", "--format", name, "--output", expected])
        #expect(status == 0)
        let written = Fixtures.bytes(out + "/institutions/000001-SO-JAL-01120.\(fileExtension)")
        #expect(!written.isEmpty)
        #expect(written == Fixtures.bytes(expected))
    }
}
