import AperturaSource
import AperturaYAML
import Testing

/// `yaml_too_large` says sizes as a person reads them: «9272958 bytes, el límite es 8388608» made the reader count digits.
@Suite struct ReadableSizeTests {
    /// 9,272,958 bytes are 8.84 MiB: said "8.8 MiB", the limit (8,388,608 bytes) "8 MiB"; under a mebibyte, bytes.
    @Test func aDocumentTooLargeIsSaidInMebibytes() throws {
        let at = SourceLocation(file: "f.yaml", line: 1, column: 1)
        let large = try #require(YAMLLimits.default.documentTooLarge(size: 9_272_958, at: at))
        #expect(large.message.es == "documento demasiado grande: 8.8 MiB, el límite es 8 MiB")
        #expect(large.message.text(.en) == "document too large: 8.8 MiB, the limit is 8 MiB")
        let small = try #require(YAMLLimits(maxDocumentBytes: 1000).documentTooLarge(size: 2000, at: at))
        #expect(small.message.es == "documento demasiado grande: 2000 bytes, el límite es 1000 bytes")
    }
}
