import AperturaSource
import AperturaYAML
import Foundation
import Testing
import TestSupport

/// Each limit allows exactly its value and refuses one more: a document of `maxDocumentBytes` bytes loads,
/// aliases expanding to `maxAliasExpansion` nodes load. Found by mutation testing: `>` turned into `>=`
/// passed every test before these.
@Suite struct LimitBoundaryTests {
    /// 12 bytes, counted by hand: "a: " is 3, eight `x` are 8, the line feed 1.
    static let twelveBytes = "a: xxxxxxxx\n"

    @Test func aWholeInputOfExactlyTheLimitLoads() {
        #expect(Array(Self.twelveBytes.utf8).count == 12)
        #expect(Load.parse(Self.twelveBytes, limits: YAMLLimits(maxDocumentBytes: 12)).diagnostics.isEmpty)
        #expect(Load.parse(Self.twelveBytes, limits: YAMLLimits(maxDocumentBytes: 11)).diagnostics.map(\.code) == ["yaml_too_large"])
    }

    @Test func aStreamDocumentOfExactlyTheLimitLoads() {
        let items = Array(YAMLDocumentStream(bytes: Array(Self.twelveBytes.utf8), file: "s.yaml", limits: YAMLLimits(maxDocumentBytes: 12)))
        #expect(items.count == 1)
        #expect(items.first?.diagnostics.isEmpty == true)
        #expect(items.first?.document?.root?["a"]?.scalar?.value == "xxxxxxxx")
    }

    @Test func documentTooLargeAllowsTheLimitItself() {
        let start = SourceLocation(file: "s.yaml", line: 3, column: 1)
        let limits = YAMLLimits(maxDocumentBytes: 100)
        #expect(limits.documentTooLarge(size: 100, at: start) == nil)
        let over = limits.documentTooLarge(size: 101, at: start)
        #expect(over?.code == "yaml_too_large")
        #expect(over?.range?.start == start)
    }

    /// A stream checks each document as it is read, counting characters first and bytes once characters reach a
    /// quarter of the limit: a document of three-byte characters (`€`) must be caught, though its characters
    /// are far fewer than its bytes. 400 `€` are 1200 bytes but only 400 characters (under half the limit).
    @Test func aDocumentOfWideCharactersIsMeasuredInBytes() {
        let text = "k: " + String(repeating: "€", count: 400) + "\n"
        let items = Array(YAMLDocumentStream(bytes: Array(text.utf8), file: "s.yaml", limits: YAMLLimits(maxDocumentBytes: 1_000)))
        #expect(items.count == 1)
        #expect(items.first?.document == nil)
        #expect(items.first?.diagnostics.map(\.code) == ["yaml_too_large"])
    }

    /// `[1, 2]` is three nodes (the list and its two items): one alias of it expands to 3.
    @Test func aliasesExpandingToExactlyTheLimitLoad() {
        let text = "a: &x [1, 2]\nb: *x\n"
        #expect(Load.parse(text, limits: YAMLLimits(maxAliasExpansion: 3)).diagnostics.isEmpty)
        #expect(Load.parse(text, limits: YAMLLimits(maxAliasExpansion: 2)).diagnostics.map(\.code) == ["yaml_alias_limit"])
    }

    @Test func aFileOfExactlyTheLimitIsRead() throws {
        let path = Scratch.path + "/limit-\(UUID().uuidString).yaml"
        try Data(Self.twelveBytes.utf8).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        #expect(YAMLParser.parseFile(atPath: path, limits: YAMLLimits(maxDocumentBytes: 12)).diagnostics.isEmpty)
        let over = YAMLParser.parseFile(atPath: path, limits: YAMLLimits(maxDocumentBytes: 11))
        #expect(over.diagnostics.map(\.code) == ["yaml_too_large"])
        #expect(over.diagnostics.first?.message.en == "document too large: 12 bytes, the limit is 11 bytes")
    }

    /// The event cursor of the batch's fast path refuses what the full parser refuses up front, size included.
    @Test func theEventCursorRefusesAnOversizedInput() {
        let bytes = Array(Self.twelveBytes.utf8)
        #expect(YAMLEventCursor.withEvents(of: bytes, limits: YAMLLimits(maxDocumentBytes: 11)) { _ in true } == nil)
        #expect(YAMLEventCursor.withEvents(of: bytes, limits: YAMLLimits(maxDocumentBytes: 12)) { _ in true } == true)
    }
}
