@testable import AperturaBatch
import AperturaModel
import Testing

/// To count each institution once, a batch keeps a fixed-size digest of every id with where it was first
/// evaluated: the first occurrence is still the one named, and ids still compare as strings do.
@Suite struct FirstEvaluationsTests {
    @Test func theFirstPlaceIsKeptAndNamedForEveryRepeat() {
        var table = FirstEvaluations()
        #expect(table.record(InstitutionID("SO-1"), file: "a.csv", line: 2) == nil)
        #expect(table.record(InstitutionID("SO-2"), file: "a.csv", line: 3) == nil)
        #expect(table.record(InstitutionID("SO-1"), file: "b.yaml", line: 5).map { "\($0.file):\($0.line)" } == "a.csv:2")
        // A repeat does not move the first place.
        #expect(table.record(InstitutionID("SO-1"), file: "c.yaml", line: 7).map { "\($0.file):\($0.line)" } == "a.csv:2")
        #expect(table.record(InstitutionID("SO-3"), file: "b.yaml", line: 9) == nil)
        #expect(table.record(InstitutionID("SO-3"), file: "c.yaml", line: 1).map { "\($0.file):\($0.line)" } == "b.yaml:9")
        #expect(table.record(InstitutionID("SO-2"), file: "c.yaml", line: 4).map { "\($0.file):\($0.line)" } == "a.csv:3")
        #expect(table.count == 3)
    }

    @Test func idsCompareAsStringsDo() {
        var table = FirstEvaluations()
        // `é` precomposed, then `e` and a combining acute accent: one id for String, so one institution.
        #expect(table.record(InstitutionID("Querétaro-1"), file: "a.csv", line: 2) == nil)
        #expect(table.record(InstitutionID("Quere\u{301}taro-1"), file: "a.csv", line: 3)?.line == 2)
        // Case and the spaces at its ends are not (a CSV cell is read trimmed, a YAML value is not; a spreadsheet
        // changes case): the same institution, written otherwise, the first's spelling told. (They were three
        // institutions, which counted one institution written three ways three times.)
        let lower = table.record(InstitutionID("querétaro-1"), file: "a.csv", line: 4)
        #expect(lower?.line == 2 && lower?.writtenOtherwise == true && lower?.writtenAs == "Querétaro-1")
        #expect(table.record(InstitutionID("Querétaro-1 "), file: "a.csv", line: 5)?.line == 2)
        #expect(table.record(InstitutionID("Quere\u{301}taro-1"), file: "a.csv", line: 6)?.writtenOtherwise == false)
    }

    @Test func manyLongIdsAreAllToldApart() {
        // 200,000 ids of 120 characters that differ only at the end: no two are taken for one.
        var table = FirstEvaluations()
        let stem = String(repeating: "Ayuntamiento de un municipio de nombre largo ", count: 3).prefix(112)
        var repeats = 0
        for n in 0..<200_000 where table.record(InstitutionID(stem + String(n + 10_000_000)), file: "t.csv", line: n + 2) != nil {
            repeats += 1
        }
        #expect(repeats == 0)
        #expect(table.count == 200_000)
        #expect(table.record(InstitutionID(stem + String(10_000_000 + 123_456)), file: "u.csv", line: 1)?.line == 123_458)
    }

    @Test func whatIsKeptPerIdDoesNotGrowWithTheId() {
        // A 16-byte digest and a 16-byte place (file, line and a 32-bit hash of the id as written, to tell a repeat
        // written otherwise, and a 16-bit count of rules not reported, padded to 4 bytes), whatever the id's length.
        #expect(FirstEvaluations.bytesPerInstitution == 32)
    }

    @Test func placesPastThirtyTwoBitsAreKeptWhole() {
        var table = FirstEvaluations()
        let far = Int(UInt32.max) + 10
        #expect(table.record(InstitutionID("SO-1"), file: "huge.csv", line: far) == nil)
        #expect(table.record(InstitutionID("SO-1"), file: "huge.csv", line: far + 1)?.line == far)
    }
}
