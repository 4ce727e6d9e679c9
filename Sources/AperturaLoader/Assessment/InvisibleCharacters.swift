import AperturaSource
import AperturaYAML

/// Characters a person cannot see but a terminal obeys: C0 and C1 controls (tab and line feed aside),
/// DEL, and the bidirectional overrides and isolates that reorder what is shown. YAML lets them into
/// double-quoted scalars as escapes (`\e`, `\0`) and the direction marks even as they are; from there
/// they would reach reports and terminals unseen.
enum InvisibleCharacters {
    /// The first such character of `text`, if any; read over the UTF-8 bytes (every answer passes here).
    static func first(in text: String) -> Unicode.Scalar? {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            defer { previous = (previous.1, byte) }
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { return Unicode.Scalar(byte) }
            // C1: C2 80–9F. Overrides U+202A–202E: E2 80 AA–AE. Isolates U+2066–2069: E2 81 A6–A9.
            if previous.1 == 0xC2, (0x80...0x9F).contains(byte) { return Unicode.Scalar(UInt32(byte)) }
            if previous.0 == 0xE2, previous.1 == 0x80, (0xAA...0xAE).contains(byte) { return Unicode.Scalar(0x2000 + UInt32(byte - 0x80)) }
            if previous.0 == 0xE2, previous.1 == 0x81, (0xA6...0xA9).contains(byte) { return Unicode.Scalar(0x2040 + UInt32(byte - 0x80)) }
        }
        return nil
    }
}

extension LoadContext {
    /// A text a person reads (an id, a name, a text answer, an evidence entry): any string with nothing invisible in it.
    func visibleString(_ node: YAMLNode) -> String? {
        guard let text = string(node) else { return nil }
        guard let scalar = InvisibleCharacters.first(in: text) else { return text }
        let code = "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count)) + String(scalar.value, radix: 16, uppercase: true)
        error("invalid_character", es: "el texto contiene un carácter invisible de control o de dirección (\(code))",
              en: "the text holds an invisible control or direction character (\(code))", at: node.range,
              help: LocalizedText(es: "quítelo: no se ve, pero altera cómo se muestra el texto", en: "remove it: it cannot be seen, but it changes how the text is shown"))
        return nil
    }
}
