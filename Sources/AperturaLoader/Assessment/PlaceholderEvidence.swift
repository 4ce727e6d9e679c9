import AperturaModel

/// What people write in an evidence list when they have none ("N/A", "pendiente", "-"). Such an entry is no
/// evidence: the evaluator does not count it (a list of nothing else is "missing evidence") and `validate`
/// warns of it. Matched whole, ignoring case, accents and the spaces and dots around it, so that a document's
/// name that merely holds these words is not. So is a link that only shows the shape of one (`https://…`, the
/// form's own example; see `ExampleLink`).
public enum PlaceholderEvidence {
    static let words: Set<String> = [
        "n/a", "na", "n.a", "n/d", "nd", "s/n", "no aplica", "pendiente", "por definir", "por confirmar", "en proceso",
        "ninguno", "ninguna", "no hay", "sin evidencia", "sin enlace", "sin documento", "no disponible", "no", "-", "--",
        "x", "xx", "xxx", "xxxx", "?", "tbd", "todo", "none", "null", "nil",
        // As Mexican offices say it when the document is still to come or does not exist.
        "en tramite", "proximamente", "por publicar", "pendiente de publicar", "sin liga", "sin link", "sin informacion",
        "no existe", "no se tiene", "no se cuenta con", "ninguna evidencia", "0",
    ]

    public static func matches(_ text: String) -> Bool {
        // Most entries are links, long with nothing around them: their end bytes say so without a character walk,
        // and only an example link among them is a placeholder.
        let bytes = text.utf8
        if bytes.count > 24, let first = bytes.first, let last = bytes.last, !mayBeTrimmed(first), !mayBeTrimmed(last), last != UInt8(ascii: ".") {
            return ExampleLink.matches(text[...])
        }
        // A link is looked at with its dots: `https://…/actas...` ends in an ellipsis, not in a full stop.
        var link = Substring(text)
        while let last = link.last, last.isWhitespace { link.removeLast() }
        while let first = link.first, first.isWhitespace { link.removeFirst() }
        if ExampleLink.matches(link) { return true }
        // The spaces and dots around an entry are not part of it, however many: they do not count towards its length.
        var entry = link
        while let last = entry.last, last == "." || last.isWhitespace { entry.removeLast() }
        // Every placeholder is short: a link or a document's name is not folded at all.
        guard entry.utf8.count <= 24 else { return false }
        let key = SpanishFolding.fold(entry.lowercased())
        // Nothing but dots (`...`, `…`) or dashes of any kind: a word processor turns `-` into `–` or `—`.
        return words.contains(key) || key.allSatisfy { fillers.contains($0) || $0.isWhitespace }
    }

    /// A byte that may begin or end a whitespace character: ASCII tab to carriage return, space, or any byte of a
    /// non-ASCII character (some of which are spaces).
    private static func mayBeTrimmed(_ byte: UInt8) -> Bool { byte >= 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Characters an entry made only of is a blank line drawn by hand (`—`, `---`, `…`, `___`).
    static let fillers: Set<Character> = ["-", "‐", "‑", "‒", "–", "—", "―", "−", "_", "…", "*"]
}
