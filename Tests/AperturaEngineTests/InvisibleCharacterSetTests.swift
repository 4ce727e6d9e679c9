import AperturaLoader
import AperturaSource
import Testing

/// The loaders' byte-by-byte scan (`InvisibleCharacters`) and the set that messages show as codes
/// (`HiddenCharacters`) are one set: every scalar of the Basic Multilingual Plane, and the first of the others,
/// is flagged by both or by neither, alone and inside a text.
@Suite struct InvisibleCharacterSetTests {
    @Test func theScanAndTheSetAgreeOnEveryScalar() {
        var disagreements: [String] = []
        for value in Array(0...0xD7FF) + Array(0xE000...0x10100) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "ab" + String(Character(scalar)) + "ñ"
            if (InvisibleCharacters.first(in: text) != nil) != HiddenCharacters.contains(scalar) {
                disagreements.append(String(value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
        #expect(HiddenCharacters.contains("\u{1B}") && !HiddenCharacters.contains("\t") && !HiddenCharacters.contains("é"))
    }
}
