import AperturaBatch
import Foundation
import Testing

/// An invalid input whose institution id can be read is that institution's first appearance: a later
/// self-assessment with the same id is `duplicate_institution`, not evaluated, so the institution is not both
/// in errors.csv and in results.csv. Input order decides, whatever the number of jobs.
@Suite struct DuplicateAfterInvalidTests {
    /// The analyst's case: `a.yaml` has `sesiones: muchas` (a type mismatch) and `b.yaml` is the same institution,
    /// correct. Both are invalid; b's error is at its own first line (5, after the example's four comment lines) and
    /// names a's place (its document's first line, 5) and says that it was invalid.
    @Test(arguments: [1, 3])
    func aRepeatAfterAnInvalidFirstIsADuplicate(jobs: Int) throws {
        let dir = Fixtures.temporaryDirectory("dup-after-invalid")
        let good = Fixtures.zapopan(as: 7)
        let bad = good.replacingOccurrences(of: "    sesiones: 3\n", with: "    sesiones: muchas\n")
        #expect(bad != good)
        Fixtures.write(bad, dir + "/a.yaml")
        Fixtures.write(good, dir + "/b.yaml")
        Fixtures.write(Fixtures.zapopan(as: 8), dir + "/c.yaml")
        let out = Fixtures.temporaryDirectory("dup-after-invalid-out-\(jobs)")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: jobs))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 2)
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { $0[2] } == ["SO-JAL-91008"])
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [URL(fileURLWithPath: $0[0]).lastPathComponent, $0[1], $0[3]] }
                == [["a.yaml", "22", "type_mismatch"], ["b.yaml", "5", "duplicate_institution"]])
        let message = try #require(errors.last?[4])
        #expect(message.contains("«SO-JAL-91007» ya apareció en \(dir)/a.yaml:5"))
        #expect(message.contains("inválida"))
    }

    /// The same in a CSV table: row 2 has a bad boolean (`quizás`), row 3 the same id, correct; row 3 is the repeat.
    @Test func aRepeatedRowAfterAnInvalidOneIsADuplicate() throws {
        let dir = Fixtures.temporaryDirectory("dup-after-invalid-csv")
        Fixtures.write(CSVMappingTests.mapping, dir + "/mapping.yaml")
        Fixtures.write("""
            clave,nombre,tipo,orden,estado,comite,recibidas,portal
            SO-1,Municipio Malo,municipio,Municipal,Jalisco,quizás,2,50
            SO-1,Municipio Malo,municipio,Municipal,Jalisco,sí,2,50
            SO-2,Secretaría X,ejecutivo_federal,Federal,,no,3,80

            """, dir + "/tabla.csv")
        let out = dir + "/out"
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 2)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [$0[1], $0[3]] } == [["2", "type_mismatch"], ["3", "duplicate_institution"]])
        #expect(errors.last?[4].contains("tabla.csv:2") == true)
    }
}
