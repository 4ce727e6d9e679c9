import AperturaSource
import AperturaYAML

/// Reads one YAML mapping against the closed set of keys an object allows.
///
/// Keys are taken with `optional`/`required`; `finish()` then reports every key that no reader
/// took as `unknown_key`, with the closest allowed key as "did you mean".
struct MappingReader<Key: RawRepresentable & CaseIterable> where Key.RawValue == String {
    let node: YAMLNode
    let context: LoadContext
    private let pairs: [YAMLPair]
    private var taken: Set<String> = []
    /// Keys of a neighbouring mapping (`population` → `institution`), named as such when written here: a "did
    /// you mean" among this mapping's own keys would not find where they go.
    var homes: [String: String] = [:]

    /// Nil (after reporting `type_mismatch`) when `node` is not a mapping.
    init?(_ node: YAMLNode, _ context: LoadContext, what: LocalizedText) {
        guard let pairs = node.mapping else {
            context.typeMismatch(node, expected: what)
            return nil
        }
        self.node = node
        self.context = context
        self.pairs = pairs
    }

    var range: SourceRange { node.range }

    mutating func optional(_ key: Key) -> YAMLNode? {
        taken.insert(key.rawValue)
        guard let value = pairs.first(where: { $0.key.scalar?.value == key.rawValue })?.value else { return nil }
        // `key:` with nothing after it is the same as leaving the key out.
        if let scalar = value.scalar, scalar.isNull, scalar.style == .plain { return nil }
        return value
    }

    /// `help`: what to write, for a key left empty or out.
    mutating func required(_ key: Key, help: LocalizedText? = nil) -> YAMLNode? {
        if let value = optional(key) { return value }
        // Written but left empty (as the template leaves `order:`): said at the key, where the value goes.
        if let written = keyNode(key) {
            context.error(
                "missing_key", es: "la clave obligatoria «\(key.rawValue)» está vacía",
                en: "required key '\(key.rawValue)' is empty", at: SourceRange(at: written.range.start), help: help)
            return nil
        }
        // A misspelt key (`periodicty`) is one error, unknown at the typo with this key as "did you mean":
        // "missing periodicity" at the entry would repeat it. Said here, not left to `finish()`, which a reader
        // that stops at a missing key (a rule file without its `kind`) never reaches.
        if let typo = misspelling(of: key) {
            reportUnknown(typo)
            taken.insert(typo.name)
            return nil
        }
        context.error(
            "missing_key", es: "falta la clave obligatoria «\(key.rawValue)»",
            en: "missing required key '\(key.rawValue)'", at: SourceRange(at: node.range.start), help: help ?? Self.defaultHelp(key))
        return nil
    }

    /// What to write for a key whose callers give no help of their own: every `source` is a citation.
    private static func defaultHelp(_ key: Key) -> LocalizedText? {
        guard key.rawValue == "source" else { return nil }
        return LocalizedText(es: "añada en esta entrada source: {ref: <id de un documento de sources>, section: \"<artículo o apartado>\"}",
                             en: "add to this entry source: {ref: <id of a document in sources>, section: \"<article or part>\"}")
    }

    /// A key written here that no `Key` names and whose closest allowed key is `key`, not yet reported.
    private func misspelling(of key: Key) -> (name: String, node: YAMLNode)? {
        let allowed = Key.allCases.map(\.rawValue)
        for pair in pairs {
            guard let name = pair.key.scalar?.value, !allowed.contains(name), !taken.contains(name) else { continue }
            if LoadContext.mergeKeyHelp(name) == nil && Suggestion.closest(to: name, in: allowed) == key.rawValue { return (name, pair.key) }
        }
        return nil
    }

    /// The key nodes present, for callers that check a key's own place.
    func keyNode(_ key: Key) -> YAMLNode? {
        pairs.first(where: { $0.key.scalar?.value == key.rawValue })?.key
    }

    func finish() {
        for pair in pairs {
            guard let name = pair.key.scalar?.value else {
                context.error(
                    "type_mismatch", es: "una clave debe ser un texto simple", en: "a key must be a plain string",
                    at: pair.key.range)
                continue
            }
            if taken.contains(name) { continue }
            reportUnknown((name, pair.key))
        }
    }

    private static func home(of name: String) -> (String) -> LocalizedText {
        { section in
            LocalizedText(es: "«\(name)» es una clave de «\(section)»: escríbala dentro de ella, con la sangría de sus claves",
                          en: "'\(name)' is a key of '\(section)': write it inside it, indented as its keys")
        }
    }

    /// In `{es: Uno, dos, en: ...}` the comma ends the text and `dos` becomes a key: said so, with the text
    /// quoted, when the mapping is written in braces and the key reads as text (a space, or among `es`/`en`).
    private func textHelp(_ keyNode: YAMLNode) -> LocalizedText? {
        let allowed = Key.allCases.map(\.rawValue)
        guard let name = keyNode.scalar?.value, name.contains(" ") || Set(allowed) == ["es", "en"] else { return nil }
        // A block mapping starts at its first key; one in braces, at the `{` before it.
        guard let first = pairs.first, node.range.start != first.key.range.start,
              let index = pairs.firstIndex(where: { $0.key == keyNode }) else { return nil }
        let generic = LocalizedText(es: "parece parte de un texto: un texto con coma o «: » va entre comillas",
                                    en: "it looks like part of a text: a text with a comma or ': ' goes in quotes")
        // The text as meant: the allowed key before this one, its value and the pieces up to the next allowed key.
        guard let start = pairs[..<index].lastIndex(where: { allowed.contains($0.key.scalar?.value ?? "") }),
              let startKey = pairs[start].key.scalar?.value, let startValue = pairs[start].value.scalar?.value else { return generic }
        var text = startValue
        for pair in pairs[(start + 1)...] {
            guard let piece = pair.key.scalar?.value, !allowed.contains(piece) else { break }
            text += ", " + piece
            if let value = pair.value.scalar, !value.isNull { text += ": " + value.value }
        }
        let quoted = "\(startKey): \"\(text)\""
        return LocalizedText(es: "\(generic.es), p. ej. \(quoted)", en: "\(generic.text(.en)), e.g. \(quoted)")
    }

    /// `unknown_key` at the key, with the mapping it belongs to, else the closest allowed key as "did you mean", else the allowed keys.
    private func reportUnknown(_ key: (name: String, node: YAMLNode)) {
        let allowed = Key.allCases.map(\.rawValue)
        let suggestion = Suggestion.closest(to: key.name, in: allowed).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
        // `enn: Open data` is a misspelt key with its value, not a piece of a text cut at a comma (`{es: Uno, dos}`).
        let misspelt = !key.name.contains(" ") && pairs.first { $0.key == key.node }.map { !($0.value.scalar?.isNull ?? false) } == true
        context.error(
            "unknown_key", es: "clave desconocida «\(key.name)»", en: "unknown key '\(key.name)'", at: key.node.range,
            help: LoadContext.mergeKeyHelp(key.name) ?? homes[key.name].map(Self.home(of: key.name))
                ?? (misspelt ? suggestion : nil) ?? textHelp(key.node) ?? suggestion
                ?? LocalizedText(
                    es: "claves permitidas: \(allowed.joined(separator: ", "))",
                    en: "allowed keys: \(allowed.joined(separator: ", "))"))
    }
}
