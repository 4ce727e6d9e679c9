import Testing
@testable import AperturaYAML

/// Marks (line, column in Unicode scalars) to byte offsets: the same answer whether marks come in order (counted
/// on from the last one) or not (counted from the line's start).
@Suite struct LineIndexTests {
    @Test func offsetsAreTheSameInAnyOrder() {
        // Line 0: "a: [ñ, é, x]" (ñ and é take two bytes each); line 1: "b: 1".
        let bytes = Array("a: [ñ, é, x]\nb: 1\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var index = SourceLineIndex(bytes: buffer)
            // Columns 4 (ñ), 7 (é), 10 (x) are bytes 4, 8, 12; line 1 column 3 is byte 18.
            let expected = [(0, 4, 4), (0, 7, 8), (0, 10, 12), (0, 7, 8), (1, 3, 18), (0, 0, 0), (0, 10, 12)]
            for (line, column, offset) in expected {
                #expect(index.byteOffset(line: line, column: column) == offset, "line \(line) column \(column)")
            }
        }
    }

    /// A four-byte character (`😀`, F0 9F 98 80) is one column: the column after it is byte 4.
    @Test func fourByteCharactersAreOneColumn() {
        let bytes = Array("😀x\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var index = SourceLineIndex(bytes: buffer)
            #expect(index.byteOffset(line: 0, column: 1) == 4)
            #expect(index.byteOffset(line: 0, column: 2) == 5)
        }
    }
}
