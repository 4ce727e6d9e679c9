import AperturaSource
import Testing
@testable import AperturaYAML

/// Offsets and locations worked out from the last position (forward or back, either conversion) are the
/// same as those worked out afresh from the line's start.
@Suite struct LineIndexOrderTests {
    static let text = "a: [ñ, !!str é, &x ü€, x]\n  b: \"ñé\"\n\nc: [1, 2]"

    /// Every (line, column) of the text with its byte offset, counted the plain way.
    static func positions(_ bytes: [UInt8]) -> [(line: Int, column: Int, offset: Int)] {
        var result: [(Int, Int, Int)] = []
        var line = 0, column = 0, i = 0
        while i <= bytes.count {
            result.append((line, column, i))
            if i == bytes.count { break }
            if bytes[i] == 0x0A {
                line += 1
                column = 0
                i += 1
            } else {
                column += 1
                i += SourceLineIndex.sequenceLength(bytes[i])
            }
        }
        return result
    }

    @Test func anyOrderOfBothConversionsGivesFreshAnswers() {
        let bytes = Array(Self.text.utf8)
        let all = Self.positions(bytes)
        bytes.withUnsafeBufferPointer { buffer in
            var shared = SourceLineIndex(bytes: buffer)
            var generator = SystemRandomNumberGenerator()
            for step in 0..<2_000 {
                let position = all.randomElement(using: &generator)!
                var fresh = SourceLineIndex(bytes: buffer)
                if step % 2 == 0 {
                    let expected = fresh.byteOffset(line: position.line, column: position.column)
                    #expect(expected == position.offset)
                    #expect(shared.byteOffset(line: position.line, column: position.column) == expected,
                            "line \(position.line) column \(position.column)")
                } else {
                    let expected = fresh.location(ofByte: position.offset, file: "f")
                    #expect(expected == SourceLocation(file: "f", line: position.line + 1, column: position.column + 1))
                    #expect(shared.location(ofByte: position.offset, file: "f") == expected, "offset \(position.offset)")
                }
            }
        }
    }

    /// The pattern of a tagged item: start mark, end mark, then the content's location and mark (behind the end).
    @Test func taggedItemsOnOneLine() {
        // Columns: `[` 0, `!!str` 1-5, `ñ` 7 (bytes 7-8), `,` 8, `!!str` 10-14, `é` 16 (bytes 17-18), `]` 17 (byte 19).
        let bytes = Array("[!!str ñ, !!str é]".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var index = SourceLineIndex(bytes: buffer)
            #expect(index.byteOffset(line: 0, column: 1) == 1)
            #expect(index.byteOffset(line: 0, column: 8) == 9)
            #expect(index.location(ofByte: 7, file: "f") == SourceLocation(file: "f", line: 1, column: 8))
            #expect(index.byteOffset(line: 0, column: 7) == 7)
            #expect(index.byteOffset(line: 0, column: 10) == 11)
            #expect(index.byteOffset(line: 0, column: 17) == 19)
            #expect(index.location(ofByte: 17, file: "f") == SourceLocation(file: "f", line: 1, column: 17))
            #expect(index.byteOffset(line: 0, column: 16) == 17)
        }
    }
}
