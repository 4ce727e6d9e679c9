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
        #expect(diagnostic.help?.es == "revise la sangría de la línea 4: los «-» de la lista que empieza en la línea 2 van en la columna 3, y las claves de un elemento, más adentro que su «-»")
        #expect(diagnostic.help?.en == "check the indentation of line 4: the '-' of the list that starts on line 2 are at column 3, and an item's keys further in than its '-'")
    }
}
