import AperturaSource
import AperturaYAML
import Testing

/// The exact words of the YAML layer's messages in both languages, and the advice chosen for a syntax error.
/// Found by mutation testing: numbers swapped, an English sentence in the Spanish text, a wrong sigil, advice
/// given where none fits, all passed every test before these.
@Suite struct DiagnosticWordingTests {
    @Test func tooLargeSaysTheSizeThenTheLimit() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 2_000)
        let diagnostic = try #require(YAMLParser.parse(bytes, file: "big.yaml", limits: YAMLLimits(maxDocumentBytes: 1_000)).diagnostics.first)
        #expect(diagnostic.message.es == "documento demasiado grande: 2000 bytes, el límite es 1000 bytes")
        #expect(diagnostic.message.en == "document too large: 2000 bytes, the limit is 1000 bytes")
    }

    @Test func tooDeepIsSaidInSpanish() throws {
        let diagnostic = try #require(Load.parse("[[[x]]]\n", limits: YAMLLimits(maxDepth: 2)).diagnostics.first)
        #expect(diagnostic.code == "yaml_too_deep")
        #expect(diagnostic.message.es == "anidamiento demasiado profundo: el límite es 2 niveles")
        #expect(diagnostic.message.en == "nesting too deep: the limit is 2 levels")
        // The third `[` opens the level past the limit: column 3.
        #expect(diagnostic.range?.start.pair == [1, 3])
    }

    @Test func anUnknownAliasNamesTheAnchorToWrite() throws {
        let diagnostic = try #require(Load.parse("a: *nada\n").diagnostics.first)
        #expect(diagnostic.message.es == "alias «*nada» sin ancla «&nada» definida antes en el documento")
        #expect(diagnostic.message.en == "alias '*nada' has no anchor '&nada' defined before it in the document")
    }

    @Test func theAliasLimitIsSaid() throws {
        let diagnostic = try #require(Load.parse("a: &x [1, 2]\nb: *x\n", limits: YAMLLimits(maxAliasExpansion: 2)).diagnostics.first)
        #expect(diagnostic.message.es == "los alias se expanden a más de 2 nodos: carga detenida")
        #expect(diagnostic.message.en == "aliases expand to more than 2 nodes: loading stopped")
        // At the alias, `*x` on line 2.
        #expect(diagnostic.range?.start.pair == [2, 4])
    }

    /// Where the construct began is said only when it is another line: "que empieza en la línea 1" about line 1's
    /// own problem says nothing.
    @Test func theContextLineIsLeftOutWhenItIsTheProblemsLine() throws {
        let diagnostic = try #require(Load.parse("a: {b: 1 c: 2}\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.line == 1)
        #expect(diagnostic.message.es.contains("al analizar un mapeo en línea"), "\(diagnostic.message.es)")
        #expect(!diagnostic.message.es.contains("que empieza en la línea"), "\(diagnostic.message.es)")
        #expect(diagnostic.message.en?.contains("started on line") == false)
    }

    /// A problem libyaml finds at the end of the input with no construct open (a directive and no document after
    /// it) is placed at the end, where the document was expected: line 2, column 1, after the last line break.
    @Test func aProblemAtTheEndWithNoContextIsPlacedAtTheEnd() throws {
        let diagnostic = try #require(Load.parse("%YAML 1.2\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [2, 1])
    }

    /// A list item written `- b:true` is named like a key: the `- ` is skipped before the key.
    @Test func aColonWithoutItsSpaceInAListItemIsNamed() throws {
        let diagnostic = try #require(Load.parse("a:\n  - b:true\n    c: 1\n").diagnostics.first)
        // `  - b:true`: b is column 5, the colon 6.
        #expect(diagnostic.range?.start.pair == [2, 6])
        #expect(diagnostic.help?.es == "después de «:» va un espacio: escriba «b: true»")
    }

    /// `10:30` is a time, not a key missing its space: no key starts with a digit, and the general advice is given.
    @Test func aTimeIsNotTakenForAKey() throws {
        let diagnostic = try #require(Load.parse("a:\n  10:30\n  c: 1\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.help?.es.hasPrefix("revise la sangría de esta línea y de la anterior") == true, "\(diagnostic.help?.es ?? "")")
    }
}
