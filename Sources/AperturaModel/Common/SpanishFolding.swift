/// Spanish vowels without their accents, for matching what people type: `Querétaro` and `queretaro`,
/// `Pendiénte` and `pendiente`. `ñ` stays (`año` is not `ano`). Lower-case letters only: lower-case first.
public enum SpanishFolding {
    public static func fold(_ character: Character) -> Character {
        switch character {
        case "á": "a"
        case "é": "e"
        case "í": "i"
        case "ó": "o"
        case "ú", "ü": "u"
        default: character
        }
    }

    public static func fold(_ text: String) -> String {
        String(text.map(fold))
    }
}
