import AperturaSource
import AperturaYAML
import Testing

/// After an escape whose character takes several UTF-8 bytes in the value, what follows keeps its column: the
/// value runs behind the source by the escape's length less the character's bytes. Found by mutation testing:
/// a wrong byte count for `\N`, `\L` or `\u0800` is hidden by the continuation bytes right after the escape,
/// and shows only after the next escape, so each value here has a second one (`\t`) before its last character.
@Suite struct EscapeLocationTests {
    /// `k: "a<escape>b\tc"`: `k` 1, `:` 2, space 3, `"` 4, `a` 5, the escape from 6; `b` right after it, then `\t`
    /// (two columns, one byte) and `c`: `c` is two bytes after `b` and three columns after it.
    @Test(arguments: [
        ("\\N", 3, 8),  // U+0085, two bytes
        ("\\_", 3, 8),  // U+00A0, two bytes
        ("\\L", 4, 8),  // U+2028, three bytes
        ("\\P", 4, 8),  // U+2029, three bytes
        ("\\u07FF", 3, 12),  // the last two-byte character
        ("\\u0800", 4, 12),  // the first three-byte character
        ("\\u00ff", 3, 12),  // hexadecimal digits in lower case: U+00FF, two bytes
        ("\\x7F", 2, 10),  // one byte
        ("\\U0001F600", 5, 16),  // four bytes
    ] as [(String, Int, Int)])
    func theCharactersAfterAnEscapeKeepTheirColumns(escape: String, offset: Int, column: Int) throws {
        let root = try #require(Load.root("k: \"a\(escape)b\\tc\"\n"))
        let node = try #require(root["k"])
        let scalar = try #require(node.scalar)
        #expect(Array(scalar.value.utf8).count == offset + 3)
        #expect(scalar.value.hasSuffix("b\tc"))
        #expect(scalar.location(ofValueOffset: offset, nodeStart: node.range.start).pair == [1, column])
        #expect(scalar.location(ofValueOffset: offset + 1, nodeStart: node.range.start).pair == [1, column + 1])
        #expect(scalar.location(ofValueOffset: offset + 2, nodeStart: node.range.start).pair == [1, column + 3])
    }
}
