@testable import AperturaLoader
import Testing

/// The byte scan that keeps invisible characters out of answers, held to the definition by code point.
@Suite struct InvisibleCharactersTests {
    /// The definition, by code point: C0 controls but tab and line feed, DEL and C1, the embeddings and
    /// overrides U+202A–202E, the isolates U+2066–2069, and the zero-width characters U+200B–200F (spaces,
    /// joiners, direction marks), U+2060–2064 (word joiner, invisible operators) and U+FEFF.
    private func isInvisible(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || (0x200B...0x200F).contains(value) || (0x2060...0x2064).contains(value) || value == 0xFEFF
    }

    @Test func everyCodePointAloneAndAmidTextIsJudgedByTheDefinition() {
        var scalars = Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x1F600, 0x10FFFF]
        scalars.append(contentsOf: [0xE0001, 0xE007F])
        var misjudged: [String] = []
        for value in scalars {
            let scalar = Unicode.Scalar(UInt32(value))!
            let expected: Unicode.Scalar? = isInvisible(scalar.value) ? scalar : nil
            if InvisibleCharacters.first(in: String(scalar)) != expected || InvisibleCharacters.first(in: "añ \(scalar)ü") != expected {
                misjudged.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        #expect(misjudged.isEmpty)
        #expect(scalars.filter { isInvisible(UInt32($0)) }.count == 30 + 33 + 5 + 4 + 5 + 5 + 1)
    }

    @Test func theFirstOfSeveralIsNamed() {
        #expect(InvisibleCharacters.first(in: "a\u{202E}b\u{1B}") == "\u{202E}")
        #expect(InvisibleCharacters.first(in: "a\rb\u{2066}") == "\r")
        #expect(InvisibleCharacters.first(in: "línea\nsiguiente\tcon tab") == nil)
        #expect(InvisibleCharacters.first(in: "") == nil)
        // Copied from a web page: a zero-width space after an id, a byte order mark before it.
        #expect(InvisibleCharacters.first(in: "SO-JAL-01120\u{200B}") == "\u{200B}")
        #expect(InvisibleCharacters.first(in: "\u{FEFF}SO-JAL-01120") == "\u{FEFF}")
        #expect(InvisibleCharacters.first(in: "Querétaro — «Educación»") == nil)
    }
}
