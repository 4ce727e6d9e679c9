import AperturaSource
import AperturaYAML
import Testing

/// Cutting a stream into documents before parsing: where the cuts fall, when the splitter declines, and
/// that each piece parsed on its own gives what the whole stream gives, places in the file included.
@Suite("Document splitter")
struct DocumentSplitterTests {
    static func pieces(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        return YAMLDocumentSplitter.split(bytes)?.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func cutsAtDocumentMarkers() {
        #expect(Self.pieces("a: 1\n---\nb: 2\n--- # otro\nc: 3\n") == ["a: 1\n", "---\nb: 2\n", "--- # otro\nc: 3\n"])
        #expect(YAMLDocumentSplitter.split(Array("a: 1\n---\nb: 2\n---\nc: 3\n".utf8))?.map(\.firstLine) == [0, 1, 3])
        // CRLF line ends, a marker with content after it, a marker at the very end.
        #expect(Self.pieces("---\r\na: 1\r\n--- {b: 2}\r\n---") == ["---\r\na: 1\r\n", "--- {b: 2}\r\n", "---"])
    }

    @Test func leavesOutPiecesWithoutADocument() {
        #expect(Self.pieces("# lote de marzo\n\n---\na: 1\n...\n---\nb: 2\n") == ["---\na: 1\n...\n", "---\nb: 2\n"])
        #expect(Self.pieces("---\na: 1\n...\n# fin\n---\nb: 2\n")?.count == 2)
    }

    @Test func cutsOnlyAtARealMarker() {
        // Not markers: four dashes, a marker not at a line's start, a dash list item, `---x`.
        #expect(YAMLDocumentSplitter.split(Array("a: 1\n----\nb: ---\n - ---\n---x: 1\n".utf8)) == nil)
    }

    /// A tab after `---` makes it a marker too (libyaml's blank is a space or a tab).
    @Test func aTabAfterTheMarkerCuts() {
        #expect(Self.pieces("a: 1\n---\t# dos\nb: 2\n") == ["a: 1\n", "---\t# dos\nb: 2\n"])
    }

    @Test(arguments: [
        "%YAML 1.2\n---\na: 1\n---\nb: 2\n",  // directives belong to the next document
        "a: 1\n---\nb: 2\rc: 3\n",  // a CR alone after the first cut: the lines after it would drift
        "a: \"x\u{2028}y\"\n---\nb: 2\n",  // LS and PS break lines for libyaml too
        "a: \"x\u{2029}y\"\n---\nb: 2\n",
        "a\u{0}: 1\n---\nb: 2\n",  // a zero byte second: UTF-16LE for the parser, which refuses the whole file
        "a: 1\r---\rb: 2\r",  // CR alone breaks lines for libyaml
        "a: \"x\u{85}y\"\n---\nb: 2\n",  // so does NEL
        "a: 1\n",  // one document: nothing to cut
        "# nada\n---\n# nada\n",
    ])
    func declines(_ text: String) {
        #expect(YAMLDocumentSplitter.split(Array(text.utf8)) == nil)
    }

    /// Fed a chunk at a time, cut anywhere (inside a line, a CRLF pair, a marker, a UTF-8 character), the
    /// scanner finds the pieces the whole stream gives, or declines as it does.
    @Test(arguments: [
        "a: 1\n---\nb: 2\n--- # otro\nc: ñandú\n",
        "---\r\na: 1\r\n--- {b: 2}\r\n---",
        "# lote de marzo\n\n---\na: 1\n...\n---\nb: 2\n",
        "a: 1\n----\nb: ---\n - ---\n---x: 1\n",
        "a: 1\n---\n%YAML 1.2\n---\nb: 2\n",
        "a: 1\n---\nb: 2\rc: 3\n",
        "a: \"x\u{2028}y\"\n---\nb: 2\n",
        "-\n---\n-\n",
    ])
    func scannerFedInChunksCutsAsTheWhole(_ text: String) {
        let bytes = Array(text.utf8)
        let whole = YAMLDocumentSplitter.split(bytes)
        // Lines of 4 bytes and more are "long" with the smallest limit: scanned as they come, not kept whole.
        for longLine in [1 << 20, 4, 9] {
            for size in 1...7 {
                var scanner = YAMLDocumentSplitter.Scanner(longLine: longLine)
                var fed = true
                for start in stride(from: 0, to: bytes.count, by: size) where fed {
                    fed = scanner.feed(Array(bytes[start..<min(start + size, bytes.count)]))
                }
                let pieces = fed ? scanner.finish() : nil
                #expect(pieces == whole, "chunks of \(size), long lines from \(longLine) bytes")
            }
        }
    }

    /// Long lines of every kind, for the scanner that reads them as they come.
    static let longLines = [
        "a: 1\n---\nb: \"" + String(repeating: "x", count: 40) + "\"\n---\nc: 3\n",
        String(repeating: "y", count: 30) + ": 1\n---\nb: 2\n",
        "a: 1\n---\n# " + String(repeating: "comentario ", count: 5) + "\n---\nc: 3\n",
        // Before the first `---`, a line that is only a document end marker holds no document.
        "# lote\n...   " + String(repeating: " ", count: 20) + "# fin\n---\nb: 2\n---\nc: 3\n",
        "...x" + String(repeating: " ", count: 20) + "\n---\nb: 2\n---\nc: 3\n",
        "...#" + String(repeating: " ", count: 20) + "\n---\nb: 2\n---\nc: 3\n",
        "..." + String(repeating: " ", count: 20) + "\r\n---\nb: 2\n---\nc: 3\n",
        "a: 1\n--- " + String(repeating: "z", count: 25) + "\n---\nc: 3\n",
        "a: 1\n---\nb: \"" + String(repeating: "x", count: 20) + "\ry\"\n---\nc: 3\n",
        "a: 1\n---\nb: \"" + String(repeating: "x", count: 20) + "\u{85}y\"\n---\nc: 3\n",
        "a: 1\n---\nb: \"" + String(repeating: "ñ", count: 20) + "\u{2029}y\"\n---\nc: 3\n",
        "a: 1\r\n---\r\nb: \"" + String(repeating: "x", count: 20) + "\"\r\n---\r\nc: 3",
        "%YAML 1.2" + String(repeating: " ", count: 20) + "\n---\na: 1\n---\nb: 2\n",
        "a: 1\n---\n" + String(repeating: "w", count: 40),
        String(repeating: "solo una línea sin salto ", count: 3),
    ]

    @Test(arguments: longLines)
    func longLinesAreCutAsTheWhole(_ text: String) {
        scannerFedInChunksCutsAsTheWhole(text)
    }

    @Test func scannerDeclinesUTF16FedAByteAtATime() {
        var scanner = YAMLDocumentSplitter.Scanner()
        let fed = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x2D, 0x00, 0x2D, 0x00, 0x2D, 0x00, 0x0A, 0x00].allSatisfy { scanner.feed([$0]) }
        #expect(!fed || scanner.finish() == nil)
    }

    @Test func declinesUTF16() {
        #expect(YAMLDocumentSplitter.split([0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00]) == nil)
    }

    /// Every document, parsed as one piece, is the document the whole stream gives, node for node and
    /// place for place: block and folded scalars, quoted scalars over several lines, flow collections.
    @Test func piecesParseToTheSameDocuments() throws {
        let text = """
            # lote
            id: uno
            texto: |
              línea uno
              línea dos
            ---
            id: dos
            cita: "una cita
              larga"
            lista: [a, b,
              c]
            --- >-
              plegado
              en dos líneas
            ---
            id: cuatro
            mapa: {x: 1, y: 'dos
              líneas'}
            """
        let bytes = Array(text.utf8)
        let whole = YAMLDocumentStream(bytes: bytes, file: "lote.yaml").compactMap(\.document)
        let pieces = try #require(YAMLDocumentSplitter.split(bytes))
        let cut = pieces.flatMap { piece in
            YAMLDocumentStream(bytes: Array(bytes[piece.range]), file: "lote.yaml", firstLine: piece.firstLine).compactMap(\.document)
        }
        #expect(whole.count == 4)
        #expect(cut.map(\.root) == whole.map(\.root))
        #expect(cut.map(\.range) == whole.map(\.range))
    }

    /// An error in one piece is placed where the whole stream places it; the pieces after it still parse.
    @Test func errorsKeepTheirPlaceAndStopOnlyTheirDocument() throws {
        let text = "a: 1\n---\nb: 2\n---\nc: [1,\n  2\nd: 4\n---\ne: 5\n"
        let bytes = Array(text.utf8)
        let whole = Array(YAMLDocumentStream(bytes: bytes, file: "s.yaml"))
        let wholeError = try #require(whole.last?.diagnostics.first)
        let pieces = try #require(YAMLDocumentSplitter.split(bytes))
        let cut = pieces.map { piece in Array(YAMLDocumentStream(bytes: Array(bytes[piece.range]), file: "s.yaml", firstLine: piece.firstLine)) }
        #expect(cut.count == 4)
        let cutError = try #require(cut[2].first?.diagnostics.first)
        #expect(cutError.code == "yaml_syntax_error")
        #expect(cutError.range == wholeError.range)
        #expect(cutError.message == wholeError.message)
        // The whole stream ends at the error; cut, the last document is still read.
        #expect(whole.compactMap(\.document).count == 2)
        #expect(cut[3].first?.document?.root?["e"]?.scalar?.value == "5")
        #expect(cut[3].first?.document?.root?.range.start.line == 9)
    }
}
