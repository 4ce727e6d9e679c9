/// Escaping for HTML and XML text and attribute values (`&`, `<`, `>`, `"`, `'`): the HTML report,
/// JUnit XML. `&#39;` rather than `&apos;`, which old HTML readers do not know.
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Characters XML 1.0 forbids even as references (a test named "a\x01b" in YAML): one would make the
            // whole JUnit file unreadable, so each becomes U+FFFD.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
