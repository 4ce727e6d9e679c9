import AperturaSource
@testable import AperturaYAML
import Testing

/// A key one column deeper than the key above it, whose value is on its line, is read by libyaml as the rest of that
/// value ("mapping values are not allowed" at its colon), and got only the general advice. When the key above is the
/// first of its mapping, that one is one space short of the keys that follow: said at it, with their column, as a key
/// one space short among its siblings is told theirs. Otherwise the deeper key is the slip, told its siblings' column.
@Suite struct KeyReadAsValueTests {
    static func only(_ text: String) -> Diagnostic? {
        let diagnostics = Load.parse(text).diagnostics
        return diagnostics.count == 1 ? diagnostics[0] : nil
    }

    /// `instalado` at column 4 (3 spaces), `sesiones` after it at column 5: the error was at 4:13 (the colon of
    /// `    sesiones:`), with "check the indentation of this line and the one before".
    @Test func theFirstKeyOneSpaceShortIsToldTheColumnOfTheKeysAfterIt() throws {
        let d = try #require(Self.only("answers:\n  comite:\n   instalado: true\n    sesiones: 3\n    acta: x\n"))
        #expect(d.code == "yaml_syntax_error")
        #expect(d.range?.start.pair == [3, 4])
        #expect(d.help?.es == "revise la sangría de la línea 3: es la primera clave de su mapeo y va en la columna 5, como la clave que le sigue en la línea 4; las claves de un mapeo van todas en la misma columna")
        #expect(d.help?.en == "check the indentation of line 3: it is the first key of its mapping and goes at column 5, as the key that follows it on line 4 does; a mapping's keys all go at the same column")
        // Following it parses.
        #expect(Load.parse("answers:\n  comite:\n    instalado: true\n    sesiones: 3\n    acta: x\n").diagnostics.isEmpty)
        // Four spaces and five: column 5 among keys at column 6. A comment between the parent and it is no key.
        let deeper = try #require(Self.only("answers:\n  comite:\n  # nota\n    instalado: true\n     sesiones: 3\n"))
        #expect(deeper.range?.start.pair == [4, 5])
        #expect(deeper.help?.en?.hasPrefix("check the indentation of line 4: it is the first key of its mapping and goes at column 6, as the key that follows it on line 5 does") == true)
    }

    /// The first key one column short with a comment before the next key, as in every file `template` writes (a
    /// comment above each key): the comment ends the first key's value, and libyaml says "did not find expected key"
    /// at the deeper key, whose advice was to move it (and every key after it) to column 4. Now it is the first key,
    /// said at it. When the key after goes back to the first key's column, the deeper one is still the slip.
    @Test func theFirstKeyOneSpaceShortBeforeACommentIsToldTheColumnOfTheKeysAfterIt() throws {
        let d = try #require(Self.only("answers:\n  comite:\n   instalado: true\n    # nota\n    sesiones: 3\n    acta: x\n"))
        #expect(d.range?.start.pair == [3, 4])
        #expect(d.help?.en == "check the indentation of line 3: it is the first key of its mapping and goes at column 5, as the key that follows it on line 5 does; a mapping's keys all go at the same column")
        let slip = try #require(Self.only("answers:\n  comite:\n   instalado: true\n    # nota\n    sesiones: 3\n   acta: x\n"))
        #expect(slip.range?.start.pair == [5, 5])
    }

    /// Its mirror: the first key one column too far (6, the keys after it at 5). libyaml says "did not find expected
    /// key" at the second, and the advice was to move that one (and so every key after it) to column 6; now it is the
    /// first key, said at it.
    @Test func theFirstKeyOneSpaceTooFarIsToldTheColumnOfTheKeysAfterIt() throws {
        let d = try #require(Self.only("answers:\n  comite:\n     instalado: true\n    sesiones: 3\n    acta: x\n"))
        #expect(d.range?.start.pair == [3, 6])
        #expect(d.message.en == "YAML syntax error: did not find expected key, while parsing a block mapping started on line 2")
        #expect(d.help?.en == "check the indentation of line 3: it is the first key of its mapping and goes at column 5, as the key that follows it on line 4 does; a mapping's keys all go at the same column")
    }

    /// When the key after the one that breaks out goes back to the first key's column, the one that breaks out is the
    /// slip, told the first key's column as before (line 4; the two shapes, one column short and one too far).
    @Test func aSecondKeyOffTheFirstAndThirdIsTheSlip() throws {
        let short = try #require(Self.only("answers:\n  comite:\n    instalado: true\n   sesiones: 3\n    acta: x\n"))
        #expect(short.range?.start.pair == [4, 4])
        #expect(short.help?.en == "check the indentation of line 4: it goes at column 5, as the key on line 3 does, or at column 3, as the keys of the mapping that starts on line 2 do")
        let far = try #require(Self.only("answers:\n  comite:\n    instalado: true\n     sesiones: 3\n    acta: x\n"))
        #expect(far.range?.start.pair == [4, 6])
        #expect(far.help?.en?.hasPrefix("check the indentation of line 4: it goes at column 5, as the key on line 3 does") == true)
    }

    /// After a sibling, the deeper key is the slip (line 5, column 6, among keys at column 5).
    @Test func aLaterKeyOneSpaceTooFarIsToldItsSiblingsColumn() throws {
        let d = try #require(Self.only("answers:\n  comite:\n    instalado: true\n    sesiones: 3\n     acta: x\n"))
        #expect(d.range?.start.pair == [5, 6])
        #expect(d.help?.es == "revise la sangría de la línea 5: va en la columna 5, como la clave de la línea 4; más adentro, se lee como la continuación del valor de esa clave")
        #expect(d.help?.en == "check the indentation of line 5: it goes at column 5, as the key on line 4 does; further in, it is read as the rest of that key's value")
    }

    /// An item's first key is where its `-` puts it (column 5 after `  - `): the deeper key after it is the slip, and so
    /// is one after the item's second key.
    @Test func inAListItemTheDeeperKeyIsTheSlip() throws {
        let first = try #require(Self.only("items:\n  - id: a\n     unit: c\n"))
        #expect(first.range?.start.pair == [3, 6])
        #expect(first.help?.en?.hasPrefix("check the indentation of line 3: it goes at column 5, as the key on line 2 does") == true)
        let second = try #require(Self.only("items:\n  - id: a\n    name: x\n     unit: c\n"))
        #expect(second.range?.start.pair == [4, 6])
        #expect(second.help?.en?.hasPrefix("check the indentation of line 4: it goes at column 5, as the key on line 3 does") == true)
    }

    /// Two columns deeper is a text run on over lines, whose `: ` wants quotes: the general advice, at the colon.
    @Test func aTextRunOnKeepsTheGeneralAdvice() throws {
        let d = try #require(Self.only("a:\n  b: un texto\n    que sigue: aquí\n"))
        #expect(d.range?.start.pair == [3, 14])
        #expect(d.help == YAMLDiagnostics.mappingValueHelp)
    }
}
