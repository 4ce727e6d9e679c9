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

    mutating func required(_ key: Key) -> YAMLNode? {
        if let value = optional(key) { return value }
        // Written but left empty (as the template leaves `order:`): said at the key, where the value goes.
        if let written = keyNode(key) {
            context.error(
                "missing_key", es: "la clave obligatoria «\(key.rawValue)» está vacía",
                en: "required key '\(key.rawValue)' is empty", at: SourceRange(at: written.range.start))
            return nil
        }
        // A misspelt key (`periodicty`) is reported by `finish()` as unknown, with this key as "did you mean":
        // that one error, at the typo, says all; "missing periodicity" at the entry would repeat it.
        if misspelt(key) { return nil }
        context.error(
            "missing_key", es: "falta la clave obligatoria «\(key.rawValue)»",
            en: "missing required key '\(key.rawValue)'", at: SourceRange(at: node.range.start))
        return nil
    }

    /// Whether a key written here that no `Key` names has `key` as its closest allowed key.
    private func misspelt(_ key: Key) -> Bool {
        let allowed = Key.allCases.map(\.rawValue)
        return pairs.contains { pair in
            guard let name = pair.key.scalar?.value, !allowed.contains(name) else { return false }
            return LoadContext.mergeKeyHelp(name) == nil && Suggestion.closest(to: name, in: allowed) == key.rawValue
        }
    }

    /// The key nodes present, for callers that check a key's own place.
    func keyNode(_ key: Key) -> YAMLNode? {
        pairs.first(where: { $0.key.scalar?.value == key.rawValue })?.key
    }

    func finish() {
        let allowed = Key.allCases.map(\.rawValue)
        for pair in pairs {
            guard let name = pair.key.scalar?.value else {
                context.error(
                    "type_mismatch", es: "una clave debe ser un texto simple", en: "a key must be a plain string",
                    at: pair.key.range)
                continue
            }
            if taken.contains(name) { continue }
            let suggestion = Suggestion.closest(to: name, in: allowed)
            context.error(
                "unknown_key", es: "clave desconocida «\(name)»", en: "unknown key '\(name)'", at: pair.key.range,
                help: LoadContext.mergeKeyHelp(name) ?? suggestion.map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                    ?? LocalizedText(
                        es: "claves permitidas: \(allowed.joined(separator: ", "))",
                        en: "allowed keys: \(allowed.joined(separator: ", "))"))
        }
    }
}
