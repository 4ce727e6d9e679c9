@testable import AperturaAuthoring
import Foundation
import TestSupport
import Testing

/// `lint` and `test` searching a folder read every `*.yaml` they met: a FIFO there (with a writer holding it
/// open) stalled them for ever. A pipe or device is now the error `batch` and `validate` give, and is not read.
/// The tests use a link to `/dev/null`, a device that does not block: before, lint read it as an empty file and
/// passed over it without a word, and test said "the test file is empty".
@Suite struct SpecialFilesInFoldersTests {
    static func folder(_ name: String) throws -> String {
        let folder = (Scratch.path as NSString).appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func lintReportsADeviceFoundInAFolder() throws {
        let folder = try Self.folder("lint-special")
        try FileManager.default.createSymbolicLink(atPath: folder + "/p.yaml", withDestinationPath: "/dev/null")
        let targets = LintTargets.find(in: [folder])
        #expect(targets.notRegular == [folder + "/p.yaml"])
        #expect(targets.policies.isEmpty)
    }

    @Test func testReportsADeviceFoundInAFolder() throws {
        let folder = try Self.folder("test-special")
        try FileManager.default.createSymbolicLink(atPath: folder + "/r.tests.yaml", withDestinationPath: "/dev/null")
        #expect(RuleTestLoader.find(in: [folder]) == [folder + "/r.tests.yaml"])
        let (file, diagnostics) = RuleTestLoader.load(file: folder + "/r.tests.yaml")
        #expect(file == nil)
        #expect(diagnostics.map(\.code) == ["file_unreadable"])
        #expect(diagnostics.first?.message.en == "'\(folder)/r.tests.yaml' is not a regular file (it is a pipe, a socket or a device)")
    }
}
