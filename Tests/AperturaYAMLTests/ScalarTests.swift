import AperturaSource
import Testing
import AperturaYAML

@Suite("Scalars")
struct ScalarTests {
    /// YAML 1.1's booleans and everything else stay strings: the schema decides types.
    @Test(arguments: ["yes", "no", "on", "off", "true", "~", "null", "12", "1.5", "2024-06-07", "0x1F"])
    func plainScalarsStayStrings(text: String) throws {
        let root = try #require(Load.root("v: \(text)\n"))
        let scalar = try #require(root["v"]?.scalar)
        #expect(scalar.value == text)
        #expect(scalar.style == .plain)
    }

    @Test(arguments: [
        ("'x'", YAMLScalar.Style.singleQuoted), ("\"x\"", .doubleQuoted), ("|\n  x", .literal),
        (">\n  x", .folded), ("x", .plain),
    ])
    func stylesAreRecorded(text: String, style: YAMLScalar.Style) throws {
        let root = try #require(Load.root("v: \(text)\n"))
        #expect(root["v"]?.scalar?.style == style)
    }

    @Test func plainSingleLineRecordsNoLineStarts() throws {
        let root = try #require(Load.root("rule: a && b\n"))
        let scalar = try #require(root["rule"]?.scalar)
        #expect(scalar.lineStarts.isEmpty)
        let start = try #require(root["rule"]?.range.start)
        #expect(scalar.location(ofValueOffset: 5, nodeStart: start).pair == [1, 12])
    }

    @Test func quotedScalarOffsetsSkipTheQuote() throws {
        let root = try #require(Load.root("rule: \"a && b\"\n"))
        let node = try #require(root["rule"])
        let scalar = try #require(node.scalar)
        #expect(scalar.location(ofValueOffset: 0, nodeStart: node.range.start).pair == [1, 8])
        #expect(scalar.location(ofValueOffset: 5, nodeStart: node.range.start).pair == [1, 13])
    }

    @Test func literalBlockLineStarts() throws {
        let text = """
        rule: |
          a.b > 1 &&
            c == 2
          d
        next: 1
        """
        let root = try #require(Load.root(text))
        let node = try #require(root["rule"])
        let scalar = try #require(node.scalar)
        #expect(scalar.value == "a.b > 1 &&\n  c == 2\nd\n")
        #expect(scalar.lineStarts.map(\.location.pair) == [[2, 3], [3, 3], [4, 3]])
        #expect(scalar.lineStarts.map(\.valueOffset) == [0, 11, 20])
        // `c` is at offset 13: line 3, column 5.
        #expect(scalar.location(ofValueOffset: 13, nodeStart: node.range.start).pair == [3, 5])
        #expect(scalar.location(ofValueOffset: 20, nodeStart: node.range.start).pair == [4, 3])
    }

    @Test func foldedBlockLineStarts() throws {
        let text = "rule: >\n  first line\n  second\n\n  third\n"
        let root = try #require(Load.root(text))
        let node = try #require(root["rule"])
        let scalar = try #require(node.scalar)
        #expect(scalar.value == "first line second\nthird\n")
        #expect(scalar.lineStarts.map(\.location.pair) == [[2, 3], [3, 3], [5, 3]])
        #expect(scalar.location(ofValueOffset: 11, nodeStart: node.range.start).pair == [3, 3])
        #expect(scalar.location(ofValueOffset: 18, nodeStart: node.range.start).pair == [5, 3])
    }

    @Test func multiLinePlainScalarLineStarts() throws {
        let text = "rule: a &&\n   b ||\n\n   c\n"
        let root = try #require(Load.root(text))
        let node = try #require(root["rule"])
        let scalar = try #require(node.scalar)
        #expect(scalar.value == "a && b ||\nc")
        #expect(scalar.location(ofValueOffset: 5, nodeStart: node.range.start).pair == [2, 4])
        #expect(scalar.location(ofValueOffset: 10, nodeStart: node.range.start).pair == [4, 4])
    }

    @Test func multiLineQuotedScalarWithEscapes() throws {
        let text = "rule: \"x \\t y\n  z\"\n"
        let root = try #require(Load.root(text))
        let node = try #require(root["rule"])
        let scalar = try #require(node.scalar)
        #expect(scalar.value == "x \t y z")
        #expect(scalar.location(ofValueOffset: 6, nodeStart: node.range.start).pair == [2, 3])
    }

    @Test func singleQuotedDoubledQuote() throws {
        let text = "rule: 'it''s\n  here'\n"
        let root = try #require(Load.root(text))
        let node = try #require(root["rule"])
        let scalar = try #require(node.scalar)
        #expect(scalar.value == "it's here")
        #expect(scalar.location(ofValueOffset: 5, nodeStart: node.range.start).pair == [2, 3])
    }

    @Test func aliasesBecomeCopies() throws {
        let root = try #require(Load.root("a: &x {k: v}\nb: *x\n"))
        #expect(root["b"]?["k"]?.scalar?.value == "v")
        #expect(root["a"] == root["b"])
    }

    @Test func emptyDocumentHasNoRoot() throws {
        let result = Load.parse("---\n...\n---\na: 1\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 2)
        #expect(result.documents[0].root == nil)
        #expect(result.documents[1].root?["a"] != nil)
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func emptyStreamHasNoDocuments(text: String) {
        let result = Load.parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.isEmpty)
    }

    @Test func emptyValueIsAnEmptyPlainScalar() throws {
        let root = try #require(Load.root("a:\nb: 1\n"))
        #expect(root["a"]?.scalar?.isNull == true)
    }
}
