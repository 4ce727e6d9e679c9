import Foundation
import Testing
import TestSupport
@testable import AperturaBatch

/// A table read from its file a chunk at a time gives exactly what the same bytes give read whole: records,
/// lines, columns and errors, wherever the chunk boundaries fall.
@Suite struct CSVStreamingTests {
    static let chunk = FileChunks.chunkSize

    func whole(_ bytes: [UInt8], _ path: String) -> [CSVReader.Item] { Array(CSVReader(bytes: bytes, file: path)) }

    func streamed(_ path: String) -> [CSVReader.Item] {
        guard var reader = CSVReader.records(atPath: path) else {
            Issue.record("cannot open \(path)")
            return []
        }
        var items: [CSVReader.Item] = []
        while let item = reader.next() { items.append(item) }
        return items
    }

    /// Equal item by item; on a difference, the first one only (the tables are long).
    func expectSame(_ streamed: [CSVReader.Item], _ whole: [CSVReader.Item], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(streamed.count == whole.count, "streamed \(streamed.count) items, whole \(whole.count)", sourceLocation: sourceLocation)
        if let i = zip(streamed, whole).enumerated().first(where: { $1.0 != $1.1 })?.offset {
            Issue.record("item \(i) differs: streamed \(streamed[i]), whole \(whole[i])", sourceLocation: sourceLocation)
        }
    }

    func write(_ bytes: [UInt8], _ name: String) -> String {
        let path = Fixtures.temporaryDirectory("csv-stream") + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    @Test func aLongTableOfOddRowsReadsTheSameStreamed() throws {
        // Some 3 MiB of rows with quoted fields holding delimiters, doubled quotes and line breaks of
        // every kind, so that chunk boundaries fall inside fields, quotes and CRLF pairs.
        var random = TestRandom(seed: 7)
        var text: [UInt8] = Array("\u{FEFF}id,texto,n\r\n".utf8)
        let pieces = ["a", "ñ", ",", "\"\"", "\r\n", "\n", "\r", " ", "áé"]
        var row = 0
        while text.count < 3 * Self.chunk {
            row += 1
            var field = ""
            for _ in 0..<random.below(40) { field += pieces[random.below(pieces.count)] }
            text += Array("ID-\(row),\"\(field)\",\(random.below(1000))".utf8)
            text += Array((random.below(3) == 0 ? "\n" : "\r\n").utf8)
        }
        let path = write(text, "odd.csv")
        let streamed = streamed(path)
        #expect(streamed.count == row + 1)
        expectSame(streamed, whole(text, path))
    }

    @Test func aCRLFSplitByTheChunkBoundaryIsOneLineBreak() throws {
        // Row 1 fills the first chunk up to its CR; the LF is the first byte of the second chunk.
        let first = "a," + String(repeating: "x", count: Self.chunk - 3) + "\r"
        let text = Array((first + "\nb,c\n").utf8)
        #expect(text[Self.chunk - 1] == UInt8(ascii: "\r") && text[Self.chunk] == UInt8(ascii: "\n"))
        let path = write(text, "split.csv")
        let items = streamed(path)
        expectSame(items, whole(text, path))
        guard items.count == 2, case .record(let second) = items[1] else {
            Issue.record("two records expected, got \(items.count)")
            return
        }
        #expect(second.fields == ["b", "c"] && second.line == 2)
    }

    @Test func anErrorLateInALongTableIsAtItsLine() throws {
        var text = Array("id,n\n".utf8)
        for i in 0..<200_000 { text += Array("I\(i),\(i)\n".utf8) }
        text += Array("X,\"abierta\n".utf8)
        let path = write(text, "late.csv")
        let items = streamed(path)
        expectSame(items, whole(text, path))
        guard case .failure(let diagnostic)? = items.last else {
            Issue.record("the unterminated quote must end the table")
            return
        }
        #expect(diagnostic.code == "csv_unterminated_quote" && diagnostic.range?.start.line == 200_002 && diagnostic.range?.start.column == 3)
    }

    @Test func aFolderNamedLikeATableIsUnreadable() throws {
        let folder = Fixtures.temporaryDirectory("csv-stream") + "/carpeta.csv"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let items = streamed(folder)
        guard items.count == 1, case .failure(let diagnostic) = items[0] else {
            Issue.record("one failure expected, got \(items)")
            return
        }
        #expect(diagnostic.code == "file_unreadable")
    }
}
