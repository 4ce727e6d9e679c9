import AperturaBatch
import Foundation
import Testing

/// `apertura generate` never leaves a folder holding two populations: a later `apertura batch` of the folder
/// would read both, mixed.
@Suite struct GenerateOutputFolderTests {
    static func generate(_ arguments: [String]) throws -> Int32 {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        return try Fixtures.run(executable, ["generate"] + arguments)
    }

    @Test func aSmallerPopulationIsNotWrittenOverALargerOne() throws {
        let dir = Fixtures.temporaryDirectory("gen-stale")
        #expect(try Self.generate(["--count", "5", "--seed", "1", "--output", dir]) == 0)
        let before = Fixtures.files(dir).map { Fixtures.bytes(dir + "/" + $0) }
        // SIN-000004 and SIN-000005 of seed 1 would stay beside SIN-000001..3 of seed 2.
        #expect(try Self.generate(["--count", "3", "--seed", "2", "--output", dir]) == 74)
        #expect(Fixtures.files(dir) == (1...5).map { "SIN-00000\($0).yaml" })
        #expect(Fixtures.files(dir).map { Fixtures.bytes(dir + "/" + $0) } == before, "nothing was written")
        // A stream beside the files would hold the same five institutions again.
        #expect(try Self.generate(["--count", "5", "--seed", "1", "--stream", "--output", dir]) == 74)
        #expect(Fixtures.files(dir).count == 5)
    }

    @Test func thePopulationCanBeWrittenAgainOrEnlarged() throws {
        let dir = Fixtures.temporaryDirectory("gen-again")
        Fixtures.write("notas\n", dir + "/LEAME.txt")
        #expect(try Self.generate(["--count", "3", "--seed", "1", "--output", dir]) == 0)
        #expect(try Self.generate(["--count", "3", "--seed", "2", "--output", dir]) == 0)
        #expect(try Self.generate(["--count", "4", "--seed", "2", "--output", dir]) == 0)
        #expect(Fixtures.files(dir) == ["LEAME.txt"] + (1...4).map { "SIN-00000\($0).yaml" })
        let stream = Fixtures.temporaryDirectory("gen-again-stream")
        #expect(try Self.generate(["--count", "3", "--stream", "--output", stream]) == 0)
        #expect(try Self.generate(["--count", "2", "--stream", "--output", stream]) == 0)
        #expect(Fixtures.files(stream) == [PopulationWriter.streamFileName])
    }

    /// Ids have six digits (SIN-000001 to SIN-999999): past them a typo (`--count 1000000000`) would fill the disk.
    @Test func aCountPastTheIdsIsAUsageError() throws {
        let dir = Fixtures.temporaryDirectory("gen-huge") + "/poblacion"
        #expect(try Self.generate(["--count", "1000000000", "--output", dir]) == 64)
        #expect(try Self.generate(["--count", "1000000", "--output", dir]) == 64)
        #expect(!FileManager.default.fileExists(atPath: dir))
        #expect(try Self.generate(["--count", "-5", "--output", dir, "--lang", "en"]) == 64)
    }
}
