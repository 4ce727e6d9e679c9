import AperturaSource
@testable import AperturaYAML
import Testing

/// A key over the 1024 characters YAML allows one written without `?` gets its own error at the key's start, not
/// libyaml's "mapping values are not allowed" at its colon with the indentation advice.
@Suite struct LongKeyTests {
    static func only(_ text: String) -> Diagnostic? {
        let diagnostics = Load.parse(text).diagnostics
        return diagnostics.count == 1 ? diagnostics[0] : nil
    }

    /// The repro: the colon is at column 1101, the key at column 1.
    @Test func aTopLevelKeyIsNamedAtItsStart() {
        let d = Self.only(String(repeating: "x", count: 1100) + ": 1\n")
        #expect(d?.code == "yaml_key_too_long")
        #expect(d?.range?.start.pair == [1, 1])
        #expect(d?.message.es == "la clave tiene 1100 caracteres: YAML admite como máximo 1024 en una clave escrita sin «?»")
        #expect(d?.message.en == "the key has 1100 characters: YAML allows at most 1024 in a key written without '?'")
        #expect(d?.help?.en == "no key of the format is that long: most likely it is a value written as a key, or a line break is missing")
    }

    /// At its mapping's column, where a key is required, libyaml says "could not find expected ':'" instead: the same
    /// error. Two spaces of indentation put the key at column 3.
    @Test func aKeyAmongSiblings() {
        let d = Self.only("a:\n  b: 1\n  " + String(repeating: "y", count: 1030) + ": 2\n")
        #expect(d?.code == "yaml_key_too_long")
        #expect(d?.range?.start.pair == [3, 3])
        #expect(d?.message.en?.hasPrefix("the key has 1030 characters") == true)
    }

    /// After `- ` the key starts at column 3; `ñ` is one character (two bytes), as libyaml counts it.
    @Test func aListItemsKeyInCharacters() {
        let d = Self.only("- " + String(repeating: "ñ", count: 1025) + ": 1\n")
        #expect(d?.code == "yaml_key_too_long")
        #expect(d?.range?.start.pair == [1, 3])
        #expect(d?.message.en?.hasPrefix("the key has 1025 characters") == true)
    }

    /// A quoted key counts its quotes, as libyaml does: 1 + 1200 + 1.
    @Test func aQuotedKeyMayHoldAColon() {
        let d = Self.only("\"" + String(repeating: "b: ", count: 400) + "\": 1\n")
        #expect(d?.code == "yaml_key_too_long")
        #expect(d?.message.en?.hasPrefix("the key has 1202 characters") == true)
    }

    /// 1024 characters is within the limit.
    @Test func aKeyOfTheLimitIsRead() {
        #expect(Load.parse(String(repeating: "z", count: 1024) + ": 1\n").diagnostics.isEmpty)
    }

    /// `a: long: 2` is a value holding `: `, not a long key: the general error and advice stay.
    @Test func aValueHoldingAColonIsNotALongKey() {
        let d = Self.only("a: " + String(repeating: "y", count: 1030) + ": 2\n")
        #expect(d?.code == "yaml_syntax_error")
        #expect(d?.help == YAMLDiagnostics.mappingValueHelp)
    }
}
