@testable import AperturaBatch
import Foundation
import Testing

/// File names that are not UTF-8 (a zip made on Windows names `Educación.yaml` in Latin-1): Swift reads them
/// with U+FFFD in place of the stray bytes, and the files must still be found, read and evaluated.
@Suite struct NonUTF8FileNameTests {
    /// Creates `name` (raw bytes) in `folder` holding `text`.
    private func create(_ name: [UInt8], in folder: String, _ text: String) {
        let path = Array(folder.utf8).map { CChar(bitPattern: $0) } + [CChar(bitPattern: UInt8(ascii: "/"))]
            + name.map { CChar(bitPattern: $0) } + [0]
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// "Educaci\xF3n.yaml": é in Latin-1 (0xE9 would do as well), not UTF-8.
    private let latin1Name: [UInt8] = Array("Educaci".utf8) + [0xF3] + Array("n.yaml".utf8)

    @Test func aFolderListingFindsAndReadsTheFile() throws {
        let dir = Fixtures.temporaryDirectory("latin1")
        create(latin1Name, in: dir, Fixtures.zapopan(as: 1))
        let found = InputDiscovery.expand([dir]), files = found.files
        #expect(found.failures.isEmpty)
        #expect(files.map(\.path) == [dir + "/Educaci\u{FFFD}n.yaml"])
        let bytes = try InputFileReader.bytes(atPath: files[0].path).get()
        #expect(bytes == Array(Fixtures.zapopan(as: 1).utf8))
    }

    @Test func theBatchEvaluatesItUnderTheNameItShows() throws {
        let dir = Fixtures.temporaryDirectory("latin1-batch")
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        create(latin1Name, in: dir + "/in", Fixtures.zapopan(as: 1))
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/in"], outputDirectory: dir + "/out", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 1))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 0)
        let rows = Fixtures.records(dir + "/out/results.csv")
        #expect(rows.count == 2)
        #expect(rows.last?.first == dir + "/in/Educaci\u{FFFD}n.yaml")
        #expect(rows.last?[2] == "SO-JAL-91001")
    }

    /// Named with U+FFFD on the command line (as the shell's bytes reach a Swift program), the file is read too.
    @Test func aPathWithTheReplacementCharacterIsLookedUp() throws {
        let dir = Fixtures.temporaryDirectory("latin1-arg")
        create(latin1Name, in: dir, "x: 1\n")
        #expect(try InputFileReader.bytes(atPath: dir + "/Educaci\u{FFFD}n.yaml").get() == Array("x: 1\n".utf8))
    }

    /// Two names that read alike cannot be told apart by the name shown: both are reported, neither lost.
    @Test func twoNamesThatReadAlikeAreBothReported() throws {
        let dir = Fixtures.temporaryDirectory("latin1-twins")
        create(Array("a".utf8) + [0xE9] + Array(".yaml".utf8), in: dir, "x: 1\n")
        create(Array("a".utf8) + [0xE8] + Array(".yaml".utf8), in: dir, "x: 2\n")
        let found = InputDiscovery.expand([dir]), files = found.files
        #expect(found.failures.isEmpty)
        #expect(files.map(\.path) == [dir + "/a\u{FFFD}.yaml", dir + "/a\u{FFFD}.yaml"])
        for file in files {
            guard case .failure(let failure) = InputFileReader.bytes(atPath: file.path) else {
                Issue.record("an ambiguous name was read")
                continue
            }
            #expect(failure.diagnostics.map(\.code) == ["file_unreadable"])
        }
    }
}
