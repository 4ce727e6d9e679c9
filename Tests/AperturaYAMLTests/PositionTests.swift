import AperturaSource
import Testing
import AperturaYAML

@Suite("Positions")
struct PositionTests {
    @Test func scalarValueHasStartAndEnd() throws {
        let root = try #require(Load.root("kind: ruleset\nid: pai\n"))
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 2)
        #expect(pairs[0].key.range.start.pair == [1, 1])
        #expect(pairs[0].key.range.end.pair == [1, 5])
        #expect(pairs[0].value.range.start.pair == [1, 7])
        #expect(pairs[0].value.range.end.pair == [1, 14])
        #expect(pairs[1].value.range.start.pair == [2, 5])
        #expect(pairs[1].value.range.start.file == "t.yaml")
    }

    @Test func nestedNodes() throws {
        let text = """
        objectives:
          - id: oe1
            name: {es: Uno, en: One}
          - id: oe2
        """
        let root = try #require(Load.root(text))
        let list = try #require(root["objectives"]?.sequence)
        #expect(list.count == 2)
        #expect(list[0].range.start.pair == [2, 5])
        let name = try #require(list[0]["name"])
        #expect(name.range.start.pair == [3, 11])
        #expect(name.range.end.pair == [3, 29])
        #expect(name["en"]?.range.start.pair == [3, 25])
        #expect(list[1]["id"]?.range.start.pair == [4, 9])
    }

    @Test func columnsCountUnicodeScalars() throws {
        let root = try #require(Load.root("título: «Año»\nclave: x\n"))
        #expect(root["título"]?.range.start.pair == [1, 9])
        #expect(root["título"]?.range.end.pair == [1, 14])
        #expect(root["clave"]?.range.start.pair == [2, 8])
    }

    @Test func byteOrderMarkIsNotCounted() throws {
        let result = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8), file: "bom.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root["a"]?.range.start.pair == [1, 4])
    }

    @Test func documentRangesAndFile() throws {
        let result = Load.parse("a: 1\n---\nb: 2\n", file: "multi.yaml")
        #expect(result.documents.count == 2)
        #expect(result.documents[1].range.start.pair == [2, 1])
        #expect(result.documents[1].file == "multi.yaml")
        #expect(result.documents[1].root?["b"]?.range.start.pair == [3, 4])
    }

    @Test func explicitTagsAreKeptInFullForm() throws {
        let root = try #require(Load.root("a: !!str 12\nb: !custom x\nc: plain\n"))
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == "!custom")
        #expect(root["c"]?.tag == nil)
    }
}
