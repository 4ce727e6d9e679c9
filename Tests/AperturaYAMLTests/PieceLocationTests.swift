import AperturaSource
import AperturaYAML
import Testing

/// A document cut out of a stream (`YAMLDocumentStream(firstLine:)`, as the batch parses pieces) keeps the file's
/// line numbers in everything it reports: a bad byte's place, a syntax error's advice, a quoted value's characters.
/// Found by mutation testing: dropping `firstLine` from any of these passed every test before these.
@Suite struct PieceLocationTests {
    static func first(_ text: String, firstLine: Int) -> YAMLStreamItem? {
        Array(YAMLDocumentStream(bytes: Array(text.utf8), file: "lote.yaml", firstLine: firstLine)).first
    }

    @Test func aBadByteIsPlacedOnTheFilesLine() throws {
        let item = try #require(Array(YAMLDocumentStream(bytes: Array("---\na: 1\nb: ".utf8) + [0xFF], file: "lote.yaml", firstLine: 20)).first)
        #expect(item.diagnostics.map(\.code) == ["yaml_invalid_utf8"])
        // The piece's third line is the file's 23rd; `b: ` is three columns.
        #expect(item.diagnostics.first?.range?.start.pair == [23, 4])
    }

    @Test func theColonAdviceNamesTheFilesLine() throws {
        let item = try #require(Self.first("a:\n  b:true\n  c: 1\n", firstLine: 10))
        let diagnostic = try #require(item.diagnostics.first)
        // The piece's second line is the file's 12th, where the slip is; its colon is column 4.
        #expect(diagnostic.range?.start.pair == [12, 4])
        #expect(diagnostic.help?.es == "después de «:» va un espacio: escriba «b: true»")
    }

    @Test func aQuotedValueIsPlacedOnTheFilesLine() throws {
        let item = try #require(Self.first("k: \"v w\"\n", firstLine: 3))
        let node = try #require(item.document?.root?["k"])
        let scalar = try #require(node.scalar)
        // `w` is value offset 2; in `k: "v w"` it is column 7.
        #expect(scalar.location(ofValueOffset: 2, nodeStart: node.range.start).pair == [4, 7])
    }

    /// A UTF-8 byte order mark is not counted in columns (libyaml skips it): a bad byte after it is placed as the
    /// editor shows it.
    @Test func theByteOrderMarkIsNotCountedBeforeABadByte() {
        let result = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: ".utf8) + [0xFF], file: "bom.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_invalid_utf8"])
        #expect(result.diagnostics.first?.range?.start.pair == [1, 4])
    }

    /// libyaml breaks lines at NEL (U+0085), LS (U+2028) and PS (U+2029) too, so its places and those worked out
    /// from bytes must count the same lines: `a: "x<break>y"` takes two lines, and `b: ` on the third has the bad byte.
    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func unicodeLineBreaksAreCountedAsLibYAMLCountsThem(lineBreak: String) {
        let bytes = Array("a: \"x\(lineBreak)y\"\nb: ".utf8) + [0xFF]
        let result = YAMLParser.parse(bytes, file: "u.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_invalid_utf8"])
        #expect(result.diagnostics.first?.range?.start.pair == [3, 4])
    }
}
