/// Escaping for HTML and XML text and attribute values (`&`, `<`, `>`, `"`, `'`): the HTML report,
/// JUnit XML. `&#39;` rather than `&apos;`, which old HTML readers do not know.
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
