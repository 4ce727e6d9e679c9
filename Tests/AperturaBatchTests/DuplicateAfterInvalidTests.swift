import AperturaBatch
import Foundation
import Testing

/// An invalid input whose institution id can be read is that institution's first appearance: a later
/// self-assessment with the same id is `duplicate_institution`, not evaluated, so the institution is not both
/// in errors.csv and in results.csv. Input order decides, whatever the number of jobs.
@Suite struct DuplicateAfterInvalidTests {
    /// The analyst's case: `a.yaml` has `sesiones: muchas` (a type mismatch) and `b.yaml` is the same institution,
    /// correct. Both are invalid; b's error is at its id (line 8, after the example's four comment lines and
    /// `apertura:`, `rule_set:`, `institution:`; column 7, after `  id: `), where a repeat is corrected, and names a's
    /// id (line 8) and says that it was invalid.
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
        #expect(errors.map { [URL(fileURLWithPath: $0[0]).lastPathComponent, $0[1], $0[2], $0[3]] }
                == [["a.yaml", "22", "15", "type_mismatch"], ["b.yaml", "8", "7", "duplicate_institution"]])
        let message = try #require(errors.last?[4])
        #expect(message.contains("«SO-JAL-91007» ya apareció en \(dir)/a.yaml:8"))
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
        // Row 2's error is at `quizás` (after 48 characters of five cells and their commas); row 3's repeat at its
        // id's cell (line 3, column 1).
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["2", "49", "type_mismatch"], ["3", "1", "duplicate_institution"]])
        #expect(errors.last?[4].contains("tabla.csv:2") == true)
    }

    /// The tester's case: a copy cut after its first section sorts first (`a-copia.yaml`) and the whole one after it
    /// (`b.yaml`). The first counts, as always; the repeat's help says it leaves fewer rules not reported than the
    /// first, so that the oversight body knows which copy to keep. Cutting Zapopan's answers after `participacion:`'s
    /// last answer leaves the rules of the three objectives after it not reported (Rules/pai/rules: practicas_publicadas
    /// and practicas_calidad; datos_publicados and datos_calidad, which apply to a municipio of 1.4 million;
    /// cumplimiento_portal, solicitudes_en_plazo, solicitudes_completas and the solicitudes_coherentes check, whose
    /// figures are gone): 8.
    @Test func aRepeatThatReportsMoreSaysSo() throws {
        let dir = Fixtures.temporaryDirectory("dup-more-complete")
        let whole = Fixtures.zapopan(as: 6)
        let cut = try #require(whole.components(separatedBy: "\n  transparencia_proactiva:").first)
        Fixtures.write(cut + "\n", dir + "/a-copia.yaml")
        Fixtures.write(whole, dir + "/b.yaml")
        let out = dir + "/out"
        _ = try BatchRunner.run(BatchOptions(inputs: [dir + "/a-copia.yaml", dir + "/b.yaml"], outputDirectory: out, rules: Fixtures.paiRules,
                                             policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["8", "7", "duplicate_institution"]])
        #expect(errors.first?[4] == "la institución «SO-JAL-91006» ya se evaluó en \(dir)/a-copia.yaml:8; cuenta una sola vez "
                + "(esta copia deja 0 reglas sin reportar, la primera 8: si esta es la buena, quite la primera o corrija su clave)")
    }
}
