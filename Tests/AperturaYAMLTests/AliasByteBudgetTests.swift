import AperturaSource
import AperturaYAML
import Testing

/// Aliases are limited by the text they copy, not only by their nodes: one long string aliased many times is a
/// few nodes, yet every reader scans each copy, and 99 000 copies of a 7 MiB string kept `validate` busy 13 minutes.
@Suite struct AliasByteBudgetTests {
    /// `[ab, cde]` holds 5 bytes of scalars: one alias of it expands to 5.
    @Test func aliasesExpandingToExactlyTheByteLimitLoad() {
        let text = "a: &x [ab, cde]\nb: *x\n"
        #expect(Load.parse(text, limits: YAMLLimits(maxAliasExpansionBytes: 5)).diagnostics.isEmpty)
        #expect(Load.parse(text, limits: YAMLLimits(maxAliasExpansionBytes: 4)).diagnostics.map(\.code) == ["yaml_alias_limit"])
    }

    /// A file of about 2 KB that copies more than 8 MiB with the default limits. `s` is 1 KiB; `l` holds 64 aliases
    /// of it (64 KiB expanded, and `l` itself holds 64 KiB); each alias of `l` adds 64 KiB more. After `n` aliases of
    /// `l` the stream has expanded (1 + n) × 64 KiB: 127 reach exactly 8 MiB (allowed), 128 reach 8256 KiB, which is
    /// 8.06 MiB, said "8.1 MiB". Nodes stay far under their limit: (64 + 128 × 65) = 8384.
    static func bomb(aliasesOfList n: Int) -> String {
        "s: &s \(String(repeating: "a", count: 1024))\n"
            + "l: &l [" + Array(repeating: "*s", count: 64).joined(separator: ", ") + "]\n"
            + "m: [" + Array(repeating: "*l", count: n).joined(separator: ", ") + "]\n"
    }

    @Test func theDefaultByteLimitStopsASmallFileThatCopiesMegabytes() throws {
        #expect(Load.parse(Self.bomb(aliasesOfList: 127)).diagnostics.isEmpty)
        let over = Load.parse(Self.bomb(aliasesOfList: 128))
        #expect(over.diagnostics.map(\.code) == ["yaml_alias_limit"])
        let diagnostic = try #require(over.diagnostics.first)
        #expect(diagnostic.message.es == "los alias se expanden a 8.1 MiB de texto, más del límite de 8 MiB: carga detenida")
        #expect(diagnostic.message.en == "aliases expand to 8.1 MiB of text, over the limit of 8 MiB: loading stopped")
        // At the 128th `*l` on line 3: "m: [" is 4 characters, each earlier alias 4 more ("*l, "), so column 5 + 127 × 4.
        #expect(diagnostic.range?.start.pair == [3, 5 + 127 * 4])
    }
}
