@testable import AperturaYAML
import Testing

/// A key indented one space too far or too little is the commonest slip of someone new to YAML. libyaml says
/// "did not find expected key" or "did not find expected '-' indicator": the first had no advice, and the second
/// came out in Spanish as "no se encontró el indicador '-'", where an author of rules reads "indicador" as one of
/// her indicators. Both now say it is the indentation, and at which column the keys around it are.
@Suite struct IndentationHelpTests {
    /// A list item whose keys are at column 5 (`  - id:`), with one key at column 6 or 4. The key before it ends
    /// in a flow mapping, as a localized name does: after a plain value, libyaml reads the next line as that
    /// value's continuation and says "mapping values are not allowed", which has its own advice.
    static let item = "items:\n  - id: a\n    name: {es: b}\n"

    @Test func aKeyIndentedTooFarNamesTheColumnOfItsMapping() throws {
        let diagnostic = try #require(Load.parse(Self.item + "     unit: c\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [4, 6])
        #expect(diagnostic.help?.es == "revise la sangría de la línea 4: las claves del mapeo que empieza en la línea 2 van en la columna 5")
        #expect(diagnostic.help?.en == "check the indentation of line 4: the keys of the mapping that starts on line 2 are at column 5")
    }

    @Test func aKeyIndentedTooLittleIsSaidWithoutTheWordIndicator() throws {
        let diagnostic = try #require(Load.parse(Self.item + "   unit: c\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [4, 4])
        #expect(!diagnostic.message.es.contains("indicador"), "\(diagnostic.message.es)")
        #expect(diagnostic.message.es.hasPrefix("error de sintaxis YAML: falta el «-» de un elemento de lista"), "\(diagnostic.message.es)")
        // Its siblings' column first (it was told only the `-` column and "further in", which it already was).
        #expect(diagnostic.help?.es == "revise la sangría de la línea 4: va en la columna 5, como la clave de la línea 3; si empieza otro elemento de la lista de la línea 2, escriba su «-» en la columna 3")
        #expect(diagnostic.help?.en == "check the indentation of line 4: it goes at column 5, as the key on line 3 does; if it starts another item of the list on line 2, write its '-' at column 3")
        #expect(Load.parse(Self.item + "    unit: c\n").diagnostics.isEmpty)
        // The second key of an item, whose first is on the `-` line: that key's column.
        let second = try #require(Load.parse("rules:\n  - id: a\n   indicator: b\n").diagnostics.first)
        #expect(second.help?.es == "revise la sangría de la línea 3: va en la columna 5, como la clave de la línea 2; si empieza otro elemento de la lista de la línea 2, escriba su «-» en la columna 3")
        // With nothing to go by, the list's `-` column, as before.
        let alone = try #require(Load.parse("rules:\n  - [a]\n   c: d\n").diagnostics.first)
        #expect(alone.help?.es.hasPrefix("revise la sangría de la línea 3: los «-» de la lista que empieza en la línea 2 van en la columna 3") == true, "\(String(describing: alone.help?.es))")
    }

    /// A key one space short of its siblings (column 4 among keys at column 5, lines 3 and 4) breaks out of their
    /// mapping into the one of line 2, whose keys are at column 3: libyaml names only that one, and moving the key
    /// to column 3 made a new error. The advice now gives the siblings' column first, and following it parses.
    @Test func aKeyOneSpaceShortOfItsSiblingsIsToldTheirColumn() throws {
        let head = "answers:\n  comite:\n    instalado: true\n    sesiones: 3\n"
        let tail = "  agenda:\n    publicada: true\n"
        let diagnostic = try #require(Load.parse(head + "   acta: x\n" + tail).diagnostics.first)
        #expect(diagnostic.range?.start.pair == [5, 4])
        #expect(diagnostic.help?.es == "revise la sangría de la línea 5: va en la columna 5, como la clave de la línea 4, o en la columna 3, como las claves del mapeo que empieza en la línea 2")
        #expect(diagnostic.help?.en == "check the indentation of line 5: it goes at column 5, as the key on line 4 does, or at column 3, as the keys of the mapping that starts on line 2 do")
        #expect(Load.parse(head + "    acta: x\n" + tail).diagnostics.isEmpty)
    }

    /// A list item's `-` one space short (column 6, where the first item's is at column 7, line 4) breaks out of
    /// the list into the mapping of line 2 (keys at column 5), which has no place for a `-` at all.
    @Test func aDashOneSpaceShortIsToldTheColumnOfTheListsOtherDashes() throws {
        let head = "rules:\n  - id: a\n    goals:\n      - phase: inicio\n        target: true\n"
        let diagnostic = try #require(Load.parse(head + "     - phase: fin\n        target: false\n").diagnostics.first)
        #expect(diagnostic.range?.start.pair == [6, 6])
        #expect(diagnostic.help?.es == "revise la sangría de la línea 6: su «-» va en la columna 7, como el de la línea 4")
        #expect(diagnostic.help?.en == "check the indentation of line 6: its '-' goes at column 7, as the one on line 4 does")
        #expect(Load.parse(head + "      - phase: fin\n        target: false\n").diagnostics.isEmpty)
    }

    /// Comments, blank lines and a folded text's lines are no neighbours; a key is `name:` with a space or nothing after.
    @Test func onlyKeysAndDashesAreNeighbours() {
        #expect(IndentedNeighbour.classify(Array("    # nota: x".utf8), at: 0) == nil)
        #expect(IndentedNeighbour.classify(Array("      texto que sigue".utf8), at: 0) == nil)
        #expect(IndentedNeighbour.classify(Array("    https://x".utf8), at: 0) == nil)
        #expect(IndentedNeighbour.classify(Array("    acta:".utf8), at: 3) == IndentedNeighbour(line: 3, column: 5, kind: .key))
        #expect(IndentedNeighbour.classify(Array("  - x".utf8), at: 1) == IndentedNeighbour(line: 1, column: 3, kind: .dash))
        #expect(IndentedNeighbour.classify(Array("  -1".utf8), at: 1) == nil)
    }
}
