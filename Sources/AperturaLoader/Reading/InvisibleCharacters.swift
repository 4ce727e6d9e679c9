public import AperturaSource
import AperturaYAML

/// Characters a person cannot see but a terminal obeys: C0 and C1 controls (tab and line feed aside),
/// DEL, and the bidirectional overrides and isolates that reorder what is shown. YAML lets them into
/// double-quoted scalars as escapes (`\e`, `\0`) and the direction marks even as they are; from there
/// they would reach reports and terminals unseen. Also the characters of no width that text copied from a
/// web page or a word processor carries (U+200B–200F, U+2060–2064, U+FEFF): in an id they make another
/// institution that looks the same, which the count of each institution once would not catch.
/// The set is `HiddenCharacters.contains`, found here byte by byte (a test holds the two equal).
public enum InvisibleCharacters {
    /// The first such character of `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        var text = text
        return text.withUTF8 { first(in: $0) }
    }

    /// The first such character of valid UTF-8 `bytes`, if any. Every answer passes here, so printable
    /// ASCII, nearly all of any text, is skipped at a glance; only the bytes that can start a control,
    /// C1 (C2 80–9F) or a direction mark (E2 80 AA–AE, E2 81 A6–A9) are looked at closer. In valid
    /// UTF-8 neither C2 nor E2 is ever a continuation byte, so reading byte by byte is safe.
    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            i += 1
            if byte &- 0x20 < 0x5F { continue }
            if byte < 0x20 {
                if byte == 0x09 || byte == 0x0A { continue }
                return Unicode.Scalar(byte)
            }
            if byte == 0x7F { return Unicode.Scalar(byte) }
            if byte == 0xC2, i < count, (0x80...0x9F).contains(bytes[i]) { return Unicode.Scalar(UInt32(bytes[i])) }
            if byte == 0xE2, i + 1 < count {
                let second = bytes[i], third = bytes[i + 1]
                if second == 0x80, (0x8B...0x8F).contains(third) || (0xAA...0xAE).contains(third) { return Unicode.Scalar(0x2000 + UInt32(third - 0x80)) }
                if second == 0x81, (0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third) { return Unicode.Scalar(0x2040 + UInt32(third - 0x80)) }
            }
            if byte == 0xEF, i + 1 < count, bytes[i] == 0xBB, bytes[i + 1] == 0xBF { return "\u{FEFF}" }
        }
        return nil
    }
}

extension InvisibleCharacters {
    /// The `invalid_character` error for `scalar` found in the text at `range`.
    public static func problem(_ scalar: Unicode.Scalar, at range: SourceRange) -> Diagnostic {
        let code = "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count)) + String(scalar.value, radix: 16, uppercase: true)
        return .error("invalid_character", LocalizedText(es: "el texto contiene un carácter invisible de control, de dirección o sin anchura (\(code))",
                                                         en: "the text holds an invisible control, direction or zero-width character (\(code))"),
                      at: range, help: LocalizedText(es: "quítelo: no se ve, pero el texto ya no es el mismo y puede alterar cómo se muestra",
                                                     en: "remove it: it cannot be seen, but the text is no longer the same and it may change how it is shown"))
    }
}

extension LoadContext {
    /// A text a person reads (an id, a name, a text answer, an evidence entry): any string with nothing invisible in it.
    func visibleString(_ node: YAMLNode) -> String? {
        guard let text = string(node) else { return nil }
        guard let scalar = InvisibleCharacters.first(in: text) else { return text }
        report(InvisibleCharacters.problem(scalar, at: node.range))
        return nil
    }
}
