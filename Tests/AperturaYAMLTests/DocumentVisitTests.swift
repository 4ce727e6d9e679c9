import AperturaSource
import Foundation
import AperturaYAML
import Testing
import TestSupport

/// `forEachDocument` hands over the documents `parse` keeps, in order, with the same diagnostics;
/// `firstDocument` gives the first of them.
@Suite struct DocumentVisitTests {
    static let text = "a: 1\n---\nb: [1, 2]\nb: 3\n---\nc: {d: e}\n---\nf: [\n"

    @Test func eachDocumentIsTheOneParseKeeps() {
        let bytes = Array(Self.text.utf8)
        let parsed = YAMLParser.parse(bytes, file: "s.yaml")
        var visited: [YAMLDocument] = []
        let diagnostics = YAMLParser.forEachDocument(in: bytes, file: "s.yaml") { visited.append($0) }
        #expect(visited.count == 3)
        #expect(visited == parsed.documents)
        // The repeated key `b` (line 4) and the unclosed list that ends the stream.
        #expect(diagnostics == parsed.diagnostics)
        #expect(diagnostics.map(\.code) == ["yaml_duplicate_key", "yaml_syntax_error"])
    }

    @Test func theFirstDocumentIsParsesFirst() throws {
        let file = Scratch.url.appendingPathComponent("visit-\(UUID().uuidString).yaml").path
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: file))
        let first = YAMLParser.firstDocument(inFile: file)
        #expect(first != nil)
        #expect(first == YAMLParser.parseFile(atPath: file).documents.first)
        #expect(first?.root?["a"]?.scalar?.value == "1")
    }

    @Test func anOversizedFileHasNoFirstDocument() throws {
        let file = Scratch.url.appendingPathComponent("visit-\(UUID().uuidString).yaml").path
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: file))
        #expect(YAMLParser.firstDocument(inFile: file, limits: YAMLLimits(maxDocumentBytes: 8)) == nil)
        #expect(YAMLParser.parseFile(atPath: file, limits: YAMLLimits(maxDocumentBytes: 8)).documents.isEmpty)
    }
}
