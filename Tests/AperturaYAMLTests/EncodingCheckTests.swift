import AperturaSource
import AperturaYAML
import Testing

/// The checks made on the raw bytes before libyaml reads them: the encoding named right, every ill-formed UTF-8
/// sequence caught at its first byte (not left to libyaml, whose error is a syntax error with a vaguer place),
/// and well-formed text accepted up to its last byte. Found by mutation testing.
@Suite struct EncodingCheckTests {
    @Test(arguments: [
        ([UInt8]([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]), "UTF-32LE"),
        ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61], "UTF-32BE"),
        ([0xFE, 0xFF, 0x00, 0x61], "UTF-16BE"),
        ([0xFF, 0xFE, 0x61, 0x00], "UTF-16LE"),
        // No byte order mark: told by the zero byte before or after the first character (`a:`).
        ([0x00, 0x61, 0x00, 0x3A], "UTF-16BE"),
        ([0x61, 0x00, 0x3A, 0x00], "UTF-16LE"),
    ] as [([UInt8], String)])
    func theEncodingIsNamed(bytes: [UInt8], name: String) throws {
        let diagnostic = try #require(YAMLParser.parse(bytes, file: "w.yaml").diagnostics.first)
        #expect(diagnostic.code == "yaml_unsupported_encoding")
        #expect(diagnostic.message.es == "codificación no admitida (\(name)): solo se acepta UTF-8")
        #expect(diagnostic.message.en == "unsupported encoding (\(name)): only UTF-8 is accepted")
    }

    /// Overlong forms of three and four bytes (`/` written as E0 80 AF and F0 80 80 AF), and a three-byte
    /// sequence whose last byte is no continuation byte.
    @Test(arguments: [
        [UInt8]([0xE0, 0x80, 0xAF]),
        [0xF0, 0x80, 0x80, 0xAF],
        [0xE2, 0x82, 0x41],
        [0xF0, 0x9F, 0x98, 0x41],
    ])
    func illFormedSequencesAreCaughtAtTheirFirstByte(sequence: [UInt8]) {
        let result = YAMLParser.parse(Array("k: ".utf8) + sequence + Array("\n".utf8), file: "u.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_invalid_utf8"])
        #expect(result.diagnostics.first?.range?.start.pair == [1, 4])
    }

    /// A file whose last character takes several bytes, with no line break after it (`é`, `€`, `😀`).
    @Test(arguments: ["k: é", "k: €", "k: 😀"])
    func aWideLastCharacterIsValid(text: String) throws {
        let root = try #require(Load.root(text))
        #expect(root["k"]?.scalar?.value == String(text.dropFirst(3)))
    }

    /// A stray byte among ASCII, at every place of an eight-byte block (the check reads eight bytes at a time).
    @Test(arguments: 0..<8)
    func aBadByteIsFoundAtAnyPlaceOfABlock(place: Int) {
        let bytes = Array("k: ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: place) + [0xFF]
            + [UInt8](repeating: UInt8(ascii: "y"), count: 16) + [0x0A]
        let result = YAMLParser.parse(bytes, file: "u.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_invalid_utf8"])
        #expect(result.diagnostics.first?.range?.start.pair == [1, 4 + place])
    }

    /// A stray continuation byte (0x80...0xBF) is no Latin-1 letter: the advice is to save as UTF-8, naming no letter.
    @Test func aContinuationByteNamesNoLetter() throws {
        let diagnostic = try #require(YAMLParser.parse(Array("k: ".utf8) + [0x80], file: "u.yaml").diagnostics.first)
        #expect(diagnostic.code == "yaml_invalid_utf8")
        #expect(diagnostic.help?.es == "guarde el archivo con codificación UTF-8")
        #expect(diagnostic.help?.en == "save the file with UTF-8 encoding")
    }

    /// A NUL byte well inside the first 8 KiB makes the file binary, said at the byte.
    @Test func aNULByteFarIntoTheStartIsFound() {
        // 500 lines of `kNNN: v` (8 bytes each with the line feed), then `z: ` and the NUL: line 501, column 4.
        var text = ""
        for i in 0..<500 { text += "k\(String(1000 + i).dropFirst()): v\n" }
        #expect(text.utf8.count == 4_000)
        let bytes = Array((text + "z: ").utf8) + [0x00, 0x0A]
        let result = YAMLParser.parse(bytes, file: "b.yaml")
        #expect(result.diagnostics.map(\.code) == ["not_text"])
        #expect(result.diagnostics.first?.range?.start.pair == [501, 4])
    }
}
