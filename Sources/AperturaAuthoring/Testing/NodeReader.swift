import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaYAML

/// A small schema-checked reader of YAML nodes for the authoring tools' own files (test files).
struct NodeReader {
    var diagnostics: [Diagnostic] = []

    mutating func error(_ code: String, es: String, en: String, at range: SourceRange?, help: LocalizedText? = nil) {
        diagnostics.append(.error(code, LocalizedText(es: es, en: en), at: range, help: help))
    }

    mutating func mismatch(_ node: YAMLNode, expected: (String, String)) {
        error("type_mismatch", es: "se esperaba \(expected.0)", en: "expected \(expected.1)", at: node.range)
    }

    /// The values of a mapping by key; unknown and repeated keys are reported.
    mutating func keys<Key: RawRepresentable & CaseIterable & Hashable>(
        _ node: YAMLNode, _: Key.Type, what: (String, String)
    ) -> [Key: YAMLNode]? where Key.RawValue == String {
        guard let pairs = node.mapping else {
            mismatch(node, expected: what)
            return nil
        }
        var values: [Key: YAMLNode] = [:]
        let allowed = Key.allCases.map(\.rawValue)
        for pair in pairs {
            guard let name = pair.key.scalar?.value, let key = Key(rawValue: name) else {
                let name = pair.key.scalar?.value ?? "?"
                error("unknown_key", es: "clave desconocida «\(name)»", en: "unknown key '\(name)'", at: pair.key.range,
                      help: Suggestion.closest(to: name, in: allowed).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                        ?? LocalizedText(es: "claves permitidas: \(allowed.joined(separator: ", "))", en: "allowed keys: \(allowed.joined(separator: ", "))"))
                continue
            }
            // A repeated key is reported once, by the YAML reader (`yaml_duplicate_key`, with the first one's line).
            values[key] = pair.value
        }
        return values
    }

    mutating func string(_ node: YAMLNode) -> String? {
        guard let scalar = node.scalar, !scalar.isNull else {
            mismatch(node, expected: ("un texto", "a string"))
            return nil
        }
        // A case name is printed to terminals and JUnit files: an escape (`\e[2J`) in it would act there unseen.
        if let invisible = InvisibleCharacters.first(in: scalar.value) {
            diagnostics.append(InvisibleCharacters.problem(invisible, at: node.range))
            return nil
        }
        return scalar.value
    }

    mutating func number(_ node: YAMLNode) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = Double(scalar.value), value.isFinite else {
            mismatch(node, expected: ("un número", "a number"))
            return nil
        }
        return value
    }

    /// A number, or null (`~`) for "none".
    mutating func optionalNumber(_ node: YAMLNode) -> Double? {
        if node.scalar?.isNull == true { return nil }
        guard let scalar = node.scalar, scalar.style == .plain, let value = Double(scalar.value), value.isFinite else {
            mismatch(node, expected: ("un número o ~ (ninguno)", "a number or ~ (none)"))
            return nil
        }
        return value
    }

    mutating func day(_ node: YAMLNode) -> Day? {
        guard let scalar = node.scalar, !scalar.isNull else {
            mismatch(node, expected: ("una fecha AAAA-MM-DD", "a YYYY-MM-DD date"))
            return nil
        }
        guard let day = Day(scalar.value) else {
            // Say what was written: `2026-02-30` has the right shape but is no day of the calendar.
            error("invalid_value", es: "«\(scalar.value)» no es una fecha válida AAAA-MM-DD", en: "'\(scalar.value)' is not a valid YYYY-MM-DD date",
                  at: node.range, help: ValueAdvice.date(scalar.value))
            return nil
        }
        return day
    }
}
