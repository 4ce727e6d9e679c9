import AperturaSource
import Testing
import AperturaYAML

@Suite("Document stream")
struct StreamTests {
    @Test func yieldsDocumentsOneByOne() {
        var text = ""
        for i in 0..<1_000 { text += "---\nid: doc\(i)\nvalue: \(i)\n" }
        var count = 0
        for item in YAMLDocumentStream(bytes: Array(text.utf8), file: "batch.yaml") {
            #expect(item.diagnostics.isEmpty)
            #expect(item.document?.root?["id"]?.scalar?.value == "doc\(count)")
            count += 1
        }
        #expect(count == 1_000)
    }

    @Test func syntaxErrorEndsTheStream() throws {
        let text = "a: 1\n---\nb: 2\n---\nc: [\n---\nd: 4\n"
        let items = Array(YAMLDocumentStream(bytes: Array(text.utf8), file: "s.yaml"))
        #expect(items.count == 3)
        #expect(items[0].document != nil)
        #expect(items[1].document != nil)
        let last = try #require(items.last)
        #expect(last.document == nil)
        #expect(last.diagnostics.map(\.code) == ["yaml_syntax_error"])
    }

    @Test func duplicateKeyKeepsTheStreamGoing() {
        let text = "a: 1\na: 2\n---\nb: 2\n"
        let items = Array(YAMLDocumentStream(bytes: Array(text.utf8), file: "s.yaml"))
        #expect(items.count == 2)
        #expect(items[0].diagnostics.map(\.code) == ["yaml_duplicate_key"])
        #expect(items[0].document != nil)
        #expect(items[1].diagnostics.isEmpty)
    }

    @Test func documentSizeIsCheckedPerDocument() {
        let big = "k: " + String(repeating: "x", count: 3_000) + "\n"
        let text = "a: 1\n---\n" + big + "---\nb: 2\n"
        let limits = YAMLLimits(maxDocumentBytes: 1_000)
        let items = Array(YAMLDocumentStream(bytes: Array(text.utf8), file: "s.yaml", limits: limits))
        #expect(items.count == 2)
        #expect(items[1].diagnostics.map(\.code) == ["yaml_too_large"])
        // The whole input is over the limit too, so `parse` refuses it up front.
        #expect(Load.parse(text, limits: limits).diagnostics.map(\.code) == ["yaml_too_large"])
    }

    /// Each document is measured from its own start: two documents of 604 bytes each are within a limit of 1000,
    /// though together they are not. (`k: `, 600 `x`, the line feed: 604 bytes; then `---` and a line feed.)
    @Test func eachDocumentIsMeasuredFromItsOwnStart() {
        let body = "k: " + String(repeating: "x", count: 600) + "\n"
        let items = Array(YAMLDocumentStream(bytes: Array((body + "---\n" + body).utf8), file: "s.yaml", limits: YAMLLimits(maxDocumentBytes: 1_000)))
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0.diagnostics.isEmpty && $0.document != nil })
    }

    @Test func badEncodingYieldsOneItem() {
        let items = Array(YAMLDocumentStream(bytes: [0x61, 0x3A, 0x20, 0xFF], file: "s.yaml"))
        #expect(items.count == 1)
        #expect(items[0].diagnostics.map(\.code) == ["yaml_invalid_utf8"])
    }

    @Test func unreadableFileYieldsOneItem() {
        let items = Array(YAMLDocumentStream(contentsOfFile: "/nonexistent/apertura/batch.yaml"))
        #expect(items.count == 1)
        #expect(items[0].diagnostics.map(\.code) == ["file_unreadable"])
    }

    @Test func plainParseCountsEvents() {
        // stream start, document start, mapping start, 2 scalars, mapping end, document end, stream end
        #expect(PlainYAMLParse.countEvents(Array("a: b\n".utf8)) == 8)
    }
}

@Suite("Document stream sizes")
struct StreamSizeTests {
    /// The per-document limit applies to each document, never to the stream as a whole.
    @Test func manySmallDocumentsPassTheLimitTogether() {
        var text = ""
        for i in 0..<200 { text += "---\nid: doc\(i)\n" }
        let limits = YAMLLimits(maxDocumentBytes: 100)
        let items = Array(YAMLDocumentStream(bytes: Array(text.utf8), file: "s.yaml", limits: limits))
        #expect(items.count == 200)
        #expect(items.allSatisfy { $0.diagnostics.isEmpty && $0.document != nil })
    }
}
