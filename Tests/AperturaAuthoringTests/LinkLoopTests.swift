import AperturaAuthoring
import Foundation
import Testing
import TestSupport

/// A link back up the tree (`self -> .`, `back -> ..`) in a folder that `lint` or `test` searches: each folder
/// is searched once, not followed round (two such links made the search exponential: `lint` never ended).
@Suite struct LinkLoopTests {
    @Test func aLinkBackUpTheTreeIsSearchedOnce() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: Fixtures.path("Policies/pai-inicio.yaml"), toPath: dir + "/politica.yaml")
        try fm.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir + "/self", withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: dir + "/sub/back", withDestinationPath: "..")
        // Searched on another thread, so that a regression fails here instead of hanging the suite.
        let done = DispatchSemaphore(value: 0)
        let box = TargetsBox()
        Thread.detachNewThread {
            box.targets = LintTargets.find(in: [dir])
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 60) == .success, "a link loop must not be followed round")
        let targets = try #require(box.targets)
        #expect(targets.policies == [dir + "/politica.yaml"])
        #expect(targets.ruleSets.isEmpty && targets.missing.isEmpty)
    }

    @Test func aRuleSetReachedThroughALinkIsLintedOnce() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/mga"), toPath: dir + "/mga")
        try FileManager.default.createSymbolicLink(atPath: dir + "/otra", withDestinationPath: "mga")
        try FileManager.default.createSymbolicLink(atPath: dir + "/mga/arriba", withDestinationPath: "..")
        #expect(LintTargets.find(in: [dir]).ruleSets == [dir + "/mga"])
    }
}

private final class TargetsBox: @unchecked Sendable {
    var targets: LintTargets?
}
