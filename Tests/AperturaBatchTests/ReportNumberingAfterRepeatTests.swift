import AperturaBatch
import Foundation
import Testing

/// `institutions/NNNNNN-<id>` names the institution's row in results.csv: a repeated institution, which has no
/// row (it is in errors.csv), does not use up a number, so the reports after it still name their own rows.
@Suite struct ReportNumberingAfterRepeatTests {
    @Test(arguments: [1, 2])
    func aRepeatBetweenTwoInstitutionsLeavesNoGapInTheNumbers(jobs: Int) throws {
        let dir = Fixtures.temporaryDirectory("numbering")
        Fixtures.write(Fixtures.zapopan(as: 1), dir + "/a.yaml")
        Fixtures.write(Fixtures.zapopan(as: 1), dir + "/b.yaml")
        Fixtures.write(Fixtures.zapopan(as: 2), dir + "/c.yaml")
        let out = Fixtures.temporaryDirectory("numbering-out")
        _ = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules, policy: Fixtures.paiPolicy,
                                             asOf: Fixtures.asOf, jobs: jobs, perInstitution: .json))
        // Rows of results.csv: a.yaml (1) and c.yaml (2); b.yaml is the repeat, in errors.csv.
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { $0[2] } == ["SO-JAL-91001", "SO-JAL-91002"])
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: out + "/institutions")) ?? []).sorted()
        #expect(names == ["000001-SO-JAL-91001.json", "000002-SO-JAL-91002.json"])
        #expect(Fixtures.read(out + "/institutions/000002-SO-JAL-91002.json").contains("SO-JAL-91002"))
    }
}
