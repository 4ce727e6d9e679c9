import AperturaBatch
import Foundation
import Testing

/// `errors.csv` lists every input in input order, the paths discovery could not gather included: a path that
/// does not exist, or a link in a folder that leads nowhere, used to come first, before every other row.
@Suite struct ErrorsOrderTests {
    @Test(arguments: [1, 2])
    func pathsThatCannotBeGatheredStandWhereTheyAreGiven(jobs: Int) throws {
        let dir = Fixtures.temporaryDirectory("errors-order")
        let folder = dir + "/in"
        try FileManager.default.createDirectory(atPath: folder + "/d", withIntermediateDirectories: true)
        Fixtures.write("apertura: [\n", folder + "/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/b.yaml", withDestinationPath: dir + "/nowhere.yaml")
        Fixtures.write(Fixtures.zapopan(as: 1), folder + "/c.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/d/e.yaml", withDestinationPath: dir + "/nowhere.yaml")
        Fixtures.write("x: 1\n", folder + "/f.yaml")
        Fixtures.write("apertura: [\n", dir + "/last.yaml")
        let out = dir + "/out"
        let result = try BatchRunner.run(BatchOptions(inputs: [folder, dir + "/missing.yaml", dir + "/last.yaml"], outputDirectory: out,
                                                      rules: Fixtures.paiRules, policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: jobs))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 6)
        // An input with several problems has a row for each, one after the other.
        var files: [String] = []
        for row in Fixtures.records(out + "/errors.csv").dropFirst() where files.last != row[0] { files.append(row[0]) }
        #expect(files == [folder + "/a.yaml", folder + "/b.yaml", folder + "/d/e.yaml", folder + "/f.yaml",
                          dir + "/missing.yaml", dir + "/last.yaml"])
    }
}
