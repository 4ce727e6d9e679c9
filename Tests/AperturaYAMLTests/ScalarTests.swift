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

    /// `--- !!str` is a document holding an empty string, not an empty document: the tag says so.
    @Test func aTaggedEmptyRootIsKept() throws {
        let result = Load.parse("--- !!str\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root.tag == "tag:yaml.org,2002:str")
        #expect(root.scalar?.value == "")
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func emptyStreamHasNoDocuments(text: String) {
        let result = Load.parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.isEmpty)
    }

    /// YAML 1.2's core schema spells null `~`, `null`, `Null`, `NULL` or nothing, and only when plain.
    @Test func nullIsSpelledAsTheCoreSchemaSpellsIt() {
        for text in ["", "~", "null", "Null", "NULL"] {
            #expect(YAMLScalar(value: text, style: .plain).isNull, "\(text)")
        }
        for text in ["nULL", "nul", "none", "~~", "null "] {
            #expect(!YAMLScalar(value: text, style: .plain).isNull, "\(text)")
        }
        #expect(!YAMLScalar(value: "Null", style: .doubleQuoted).isNull)
    }

    /// A folded line whose text also occurs inside the line before it (`b` in `ab`) is found after that line.
    @Test func foldedLinesAreFoundInOrder() throws {
        let root = try #require(Load.root("k: >\n  ab\n  b\n"))
        let scalar = try #require(root["k"]?.scalar)
        #expect(scalar.value == "ab b\n")
        #expect(scalar.lineStarts.map(\.valueOffset) == [0, 3])
        #expect(scalar.lineStarts.map(\.location.pair) == [[2, 3], [3, 3]])
    }

    /// With a repeated key (an error, but the document is still built), `node[key]` is the first pair's value.
    @Test func aRepeatedKeyReadsAsItsFirstValue() throws {
        let result = Load.parse("a: 1\na: 2\n")
        #expect(result.diagnostics.map(\.code) == ["yaml_duplicate_key"])
        #expect(result.documents.first?.root?["a"]?.scalar?.value == "1")
    }

    /// The default depth limit is 64 levels: 64 nested lists load, 65 do not.
    @Test func theDefaultDepthIsSixtyFourLevels() {
        let nested = { (depth: Int) in String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }
        #expect(Load.parse(nested(64)).diagnostics.isEmpty)
        #expect(Load.parse(nested(65)).diagnostics.map(\.code) == ["yaml_too_deep"])
    }

    @Test func emptyValueIsAnEmptyPlainScalar() throws {
        let root = try #require(Load.root("a:\nb: 1\n"))
        #expect(root["a"]?.scalar?.isNull == true)
    }
}
