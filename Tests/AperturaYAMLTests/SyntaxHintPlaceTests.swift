@testable import AperturaYAML
import Testing

/// Three slips a person filling in a self-assessment makes, which libyaml reports on the wrong line with no
/// advice: `key:value` without the space, a no-break space (U+00A0) pasted where the space goes, and a quote
/// closed with a typographic `”`. Each is placed where the fix goes and says what to write.
@Suite struct SyntaxHintPlaceTests {
    /// `sesiones:4` after another key is one plain text, and libyaml says "could not find expected ':'" on the
    /// next line. Line 3 is `  sesiones:4`: the key starts at column 3, its 8 letters take 3–10, the colon is 11.
    @Test func aKeyWithoutTheSpaceAfterItsColonIsPlacedAtTheColon() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: 1\n  sesiones:4\n  c: 2\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [3, 11])
        #expect(diagnostic.message.es == "error de sintaxis YAML: falta el ':' esperado, al leer una clave")
        #expect(diagnostic.help?.es == "después de «:» va un espacio: escriba «sesiones: 4»")
        #expect(diagnostic.help?.en == "a colon takes a space after it: write 'sesiones: 4'")
    }

    /// As a mapping's first key, `sesiones:4` is read as the text of `a`, and libyaml says "mapping values are not
    /// allowed" at the next line's colon (3:4). Line 2 is `  sesiones:4`: the colon is column 11.
    @Test func aFirstKeyWithoutTheSpaceIsPlacedAtTheColon() throws {
        let diagnostic = try #require(Load.parse("a:\n  sesiones:4\n  c: 2\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [2, 11])
        #expect(diagnostic.help?.es == "después de «:» va un espacio: escriba «sesiones: 4»")
        // The same with a no-break space after the colon: placed at it (column 10; `sesion:` takes 3 to 9).
        let nbsp = try #require(Load.parse("a:\n  sesion:\u{00A0}4\n  c: 2\n").diagnostics.first)
        #expect(nbsp.range?.start.pair == [2, 10])
    }

    /// A comment after the value is not part of what to write.
    @Test func theValueToWriteLeavesTheCommentOut() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: 1\n  sesiones:4   # dato\n  c: 2\n").diagnostics.first)
        #expect(diagnostic.range?.start.pair == [3, 11])
        #expect(diagnostic.help?.es == "después de «:» va un espacio: escriba «sesiones: 4»")
    }

    /// As the file's last line, the error used to be placed at the key (libyaml's problem is at the end of the input),
    /// without advice.
    @Test func aKeyWithoutTheSpaceOnTheLastLineIsPlacedAtTheColon() throws {
        for text in ["a:\n  b: 1\n  sesiones:4\n", "a:\n  b: 1\n  sesiones:4"] {
            let diagnostic = try #require(Load.parse(text).diagnostics.first)
            #expect(diagnostic.range?.start.pair == [3, 11])
            #expect(diagnostic.help?.es == "después de «:» va un espacio: escriba «sesiones: 4»")
        }
    }

    /// A key without any colon is not this slip: the error stays where libyaml puts it, line 4 column 3, without advice.
    @Test func aKeyWithoutAColonKeepsItsPlace() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: 1\n  sesiones 4\n  c: 2\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [4, 3])
        #expect(diagnostic.help == nil)
    }

    /// `sesiones:` then U+00A0 then `4`: the colon is at column 11 as above, the no-break space at 12.
    @Test func aNoBreakSpaceAfterTheColonIsPlacedAtIt() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: 1\n  sesiones:\u{A0}4\n  c: 2\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [3, 12])
        #expect(diagnostic.help?.es == "aquí hay un espacio no separable (U+00A0), invisible, como los que deja un texto copiado de un documento: bórrelo y escriba un espacio normal")
        #expect(diagnostic.help?.en == "here there is a no-break space (U+00A0), invisible, as text pasted from a document leaves: delete it and type a plain space")
    }

    /// ` ` then U+00A0 before `c`: the key starts at column 2, outside `a`'s mapping (column 3) and inside the root's
    /// (column 1), and libyaml says "did not find expected key" there. Today's advice was the indentation; the cause is
    /// the no-break space at line 3, column 2.
    @Test func aNoBreakSpaceInTheIndentationIsNamed() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: 1\n \u{A0}c: 2\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [3, 2])
        #expect(diagnostic.help?.es == "en la línea 3, columna 2, hay un espacio no separable (U+00A0), invisible, como los que deja un texto copiado de un documento: bórrelo y escriba un espacio normal")
    }

    /// `  título: "Informe”`: the text runs on to the next straight quote, on line 4 (`  web: "` closes it at column 8),
    /// and libyaml fails at column 9 of line 4. The opening quote is at line 2, column 11: `  título: ` is 10
    /// characters (the `í` one, though two bytes).
    @Test func aQuoteClosedTypographicallyIsPlacedAtItsOpening() throws {
        let text = "institution:\n  título: \"Informe anual”\n  kind: universidad\n  web: \"https://x.mx\"\n"
        let diagnostic = try #require(Load.parse(text).diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [2, 11])
        #expect(diagnostic.help?.es == "las comillas que abren en la línea 2 no se cierran en esa línea: las comillas tipográficas (” “) no cierran; use comillas rectas (\")")
        #expect(diagnostic.help?.en == "the quotes opened on line 2 are not closed on that line: typographic quotes (” “) do not close them; use straight quotes (\")")
    }

    /// The same with single quotes: `  b: 'uno’` opens at column 6.
    @Test func aSingleQuoteClosedTypographicallyIsPlacedAtItsOpening() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: 'uno’\n  c: 'dos'\n").diagnostics.first)
        #expect(diagnostic.range?.start.pair == [2, 6])
        #expect(diagnostic.help?.es == "las comillas que abren en la línea 2 no se cierran en esa línea: las comillas tipográficas (‘ ’) no cierran; use comillas rectas (')")
    }

    /// A quote simply left open on its line runs on the same way; the advice names where it ended up closing.
    @Test func aQuoteLeftOpenIsPlacedAtItsOpening() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: \"uno\n  c: dos\"x\n").diagnostics.first)
        #expect(diagnostic.range?.start.pair == [2, 6])
        #expect(diagnostic.help?.es == "las comillas que abren en la línea 2 no se cierran en esa línea, y el texto sigue hasta las comillas de la línea 3: ciérrelas donde termina el texto")
        #expect(diagnostic.help?.en == "the quotes opened on line 2 are not closed on that line, so the text runs on to the quotes on line 3: close them where the text ends")
    }

    /// A quoted text over two lines is valid YAML: nothing is said.
    @Test func aMultiLineQuoteThatParsesIsLeftAlone() {
        #expect(Load.parse("a:\n  b: \"uno\n    dos\"\n  c: 1\n").diagnostics.isEmpty)
    }

    /// An error on a later line than where such a quote closes is not the quote's: line 4 is indented one space
    /// too far (column 4, where the keys of the mapping of line 2 are at column 3), and keeps its place and advice.
    @Test func anErrorAfterAMultiLineQuoteKeepsItsPlace() throws {
        let diagnostic = try #require(Load.parse("a:\n  b: \"uno\n    dos\"\n   c: 1\n").diagnostics.first)
        #expect(diagnostic.range?.start.pair == [4, 4])
        #expect(diagnostic.help?.es == "revise la sangría de la línea 4: las claves del mapeo que empieza en la línea 2 van en la columna 3")
    }
}
