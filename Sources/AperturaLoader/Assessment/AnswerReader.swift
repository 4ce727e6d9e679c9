import AperturaModel
import AperturaSource
import AperturaYAML

/// Reads `answers:` against the form: unknown sections and fields are errors with suggestions,
/// each value is read as its field's type, and bounds and options are enforced.
struct AnswerReader {
    let form: [FormSection]
    let context: LoadContext

    func sections(_ node: YAMLNode) -> [SectionID: AnswerGroup] {
        guard let pairs = node.mapping else {
            context.typeMismatch(node, expected: LocalizedText(es: "un mapa de secciones", en: "a mapping of sections"))
            return [:]
        }
        var result: [SectionID: AnswerGroup] = [:]
        for pair in pairs {
            guard let name = keyName(pair.key) else { continue }
            guard let section = form.first(where: { $0.id.rawValue == name }) else {
                unknown(name, at: pair.key.range, among: form.map(\.id.rawValue), what: ("sección desconocida", "unknown section"))
                continue
            }
            if let scalar = pair.value.scalar, scalar.isNull { continue }
            if let group = group(pair.value, fields: section.fields) { result[section.id] = group }
        }
        return result
    }

    /// A section, or one item of a list: field id to answer.
    func group(_ node: YAMLNode, fields: [FormField]) -> AnswerGroup? {
        guard let pairs = node.mapping else {
            context.typeMismatch(node, expected: LocalizedText(es: "un mapa de respuestas", en: "a mapping of answers"))
            return nil
        }
        var values = [AnswerValue?](repeating: nil, count: fields.count)
        // Pairs and fields by index: each is read in place, not copied with all its strings.
        for pairIndex in pairs.indices {
            guard let name = keyName(pairs[pairIndex].key) else { continue }
            guard let fieldIndex = fields.firstIndex(where: { $0.id == name }) else {
                unknown(name, at: pairs[pairIndex].key.range, among: fields.map(\.id), what: ("campo desconocido", "unknown field"))
                continue
            }
            // `field:` with no value is the same as no answer: it stays "not reported".
            if let scalar = pairs[pairIndex].value.scalar, scalar.isNull, scalar.style == .plain { continue }
            if let value = value(pairs[pairIndex].value, fields: fields, at: fieldIndex) {
                values[fieldIndex] = AnswerValue(value, range: pairs[pairIndex].value.range)
            }
        }
        return AnswerGroup(fields: fields.map(\.id), values: values, range: node.range)
    }

    /// The answer to `fields[index]`. The field is reached through its array, never copied out of it:
    /// copying a field copies all its strings, and the closures below would copy it for every answer.
    func value(_ node: YAMLNode, fields: [FormField], at index: Int) -> AnswerValue.Value? {
        let id = fields[index].id
        switch fields[index].type {
        case .boolean: return context.bool(node, field: id).map(AnswerValue.Value.bool)
        case .integer:
            guard let n = context.integer(node, field: id), inBounds(Double(n), fields[index], node) else { return nil }
            return .integer(n)
        case .number, .ratio, .percent:
            guard let x = context.number(node, ratio: fields[index].type == .ratio, field: id, expects: range(of: fields[index])),
                  inBounds(x, fields[index], node) else { return nil }
            warnIfFraction(x, fields[index], node)
            return .number(x)
        case .date: return context.answerDay(node, field: id).map(AnswerValue.Value.date)
        case .text:
            // Nothing but spaces (or `""`) says nothing: no answer, as `field:` with no value (`isBlankText`).
            guard let text = context.visibleString(node), !Self.isBlank(text) else { return nil }
            return .text(text)
        case .choice:
            guard let text = context.string(node), isOption(text, fields[index], node) else { return nil }
            return .text(text)
        case .choices:
            guard let texts = context.list(node, { item in context.string(item).flatMap { isOption($0, fields[index], item) ? $0 : nil } }) else { return nil }
            // Said at the repeat, so the fix is where the eye lands.
            var seen = Set<String>()
            if let repeated = texts.indices.first(where: { !seen.insert(texts[$0]).inserted }), let item = node.sequence?[repeated] {
                context.error("invalid_value", es: "la opción «\(texts[repeated])» está repetida", en: "option '\(texts[repeated])' is repeated", at: item.range)
            }
            return .texts(texts)
        case .evidence:
            guard let texts = context.list(node, { item -> String? in
                guard let text = context.visibleString(item) else { return nil }
                if text.allSatisfy(\.isWhitespace) {
                    context.error("invalid_value", es: "una evidencia vacía no cuenta", en: "an empty evidence entry does not count", at: item.range)
                    return nil
                }
                if PlaceholderEvidence.matches(text) {
                    context.warning("placeholder_evidence", es: "«\(text)» no es una evidencia y no cuenta como tal",
                                    en: "'\(text)' is not evidence and does not count as such", at: item.range,
                                    help: LocalizedText(es: "escriba el enlace o el nombre del documento; si no lo hay, deje la lista vacía: []",
                                                        en: "write the link or the document's name; if there is none, leave the list empty: []"))
                }
                if let bare = ValueAdvice.withoutTypographicQuotes(text) {
                    // YAML keeps them as part of the entry: a link with them opens nothing.
                    context.warning("quoted_evidence", es: "«\(text)» lleva comillas tipográficas, que quedan como parte de la evidencia",
                                    en: "'\(text)' has typographic quotes, which stay part of the evidence", at: item.range,
                                    help: LocalizedText(es: "quite las comillas tipográficas, copiadas de un documento: escriba \(bare)",
                                                        en: "remove the typographic quotes, pasted from a document: write \(bare)"))
                }
                return text
            }) else { return nil }
            return .texts(texts)
        case .list:
            guard let items = context.list(node, { group($0, fields: fields[index].items) }) else { return nil }
            return .items(items)
        }
    }

    /// A text answer of nothing but spaces, or of nothing, which is no answer.
    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// A text field's answer written blank (`"  "`, `""`): read as no answer, so it is missing as `field:` is.
    static func isBlankText(_ node: YAMLNode?, of field: FormField) -> Bool {
        guard field.type == .text, let scalar = node?.scalar, node?.tag == nil else { return false }
        // One with a control character in it has its own error.
        return isBlank(scalar.value) && InvisibleCharacters.first(in: scalar.value) == nil
    }

    private func inBounds(_ x: Double, _ field: FormField, _ node: YAMLNode) -> Bool {
        let (low, high) = field.effectiveBounds
        if let low, x < low {
            context.error("out_of_range", es: "\(format(x)) es menor que el mínimo \(format(low))", en: "\(format(x)) is below the minimum \(format(low))", at: node.range,
                          help: range(of: field))
            return false
        }
        if let high, x > high {
            context.error("out_of_range", es: "\(format(x)) es mayor que el máximo \(format(high))", en: "\(format(x)) is above the maximum \(format(high))", at: node.range,
                          help: field.type == .percent && x <= 1 ? nil : field.type == .ratio ? LocalizedText(es: "una razón va de 0 a 1 (75 % se escribe 0.75)", en: "a ratio goes from 0 to 1 (75 % is 0.75)") : range(of: field))
            return false
        }
        return true
    }

    /// What a field out of its bounds takes: a percent and a ratio are named as such, as people read them.
    private func range(of field: FormField) -> LocalizedText? {
        let (low, high) = field.effectiveBounds
        switch (field.type, low, high) {
        case (.percent, 0, 100): return LocalizedText(es: "es un porcentaje, de 0 a 100", en: "it is a percentage, from 0 to 100")
        case (.ratio, 0, 1): return LocalizedText(es: "una razón va de 0 a 1", en: "a ratio goes from 0 to 1")
        case (_, let low?, let high?): return LocalizedText(es: "el valor va de \(format(low)) a \(format(high))", en: "the value goes from \(format(low)) to \(format(high))")
        case (_, let low?, nil): return LocalizedText(es: "el valor va de \(format(low)) en adelante", en: "the value goes from \(format(low)) upwards")
        case (_, nil, let high?): return LocalizedText(es: "el valor va hasta \(format(high))", en: "the value goes up to \(format(high))")
        case (_, nil, nil): return nil
        }
    }

    /// See `FractionOnPercentScale`.
    private func warnIfFraction(_ x: Double, _ field: FormField, _ node: YAMLNode) {
        guard FractionOnPercentScale.applies(to: field), FractionOnPercentScale.matches(x) else { return }
        let percent = ValueAdvice.plain(x * 100)
        context.warning("fraction_on_percent_scale", es: "\(format(x)) en una escala de 0 a 100 es menos de 1", en: "\(format(x)) on a 0-to-100 scale is less than 1",
                        at: node.range, help: LocalizedText(es: "si es una fracción, el porcentaje se escribe \(percent)", en: "if it is a fraction, the percentage is written \(percent)"))
    }

    private func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    private func isOption(_ text: String, _ field: FormField, _ node: YAMLNode) -> Bool {
        let ids = field.options.map(\.id)
        if ids.contains(text) { return true }
        context.error("invalid_value", es: "«\(text)» no es una opción de «\(field.id)»", en: "'\(text)' is not an option of '\(field.id)'", at: node.range,
                      help: Suggestion.closest(to: text, in: ids).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                        ?? LocalizedText(es: "opciones: \(ids.joined(separator: ", "))", en: "options: \(ids.joined(separator: ", "))"))
        return false
    }

    private func keyName(_ key: YAMLNode) -> String? {
        if let name = key.scalar?.value { return name }
        context.error("type_mismatch", es: "una clave debe ser un texto simple", en: "a key must be a plain string", at: key.range)
        return nil
    }

    /// A field written one level too high (straight under `answers:`) or in another section: the sections it
    /// belongs to, which a "did you mean" on the names around it would not find.
    private func home(of name: String) -> LocalizedText? {
        let homes = form.filter { $0.fields.contains { $0.id == name } }.map(\.id.rawValue)
        guard !homes.isEmpty else { return nil }
        let es = homes.map { "«\($0)»" }.joined(separator: ", "), en = homes.map { "'\($0)'" }.joined(separator: ", ")
        return homes.count == 1
            ? LocalizedText(es: "«\(name)» es un campo de la sección \(es): escríbalo dentro de ella, con la sangría de sus campos",
                            en: "'\(name)' is a field of section \(en): write it inside it, indented as its fields")
            : LocalizedText(es: "«\(name)» es un campo de las secciones \(es): escríbalo dentro de una de ellas, con la sangría de sus campos",
                            en: "'\(name)' is a field of sections \(en): write it inside one of them, indented as its fields")
    }

    private func unknown(_ name: String, at range: SourceRange, among candidates: [String], what: (String, String)) {
        context.error("unknown_key", es: "\(what.0) «\(name)»", en: "\(what.1) '\(name)'", at: range,
                      help: LoadContext.mergeKeyHelp(name)
                          ?? home(of: name)
                          ?? Suggestion.closest(to: name, in: candidates).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                          // Nothing close: answers written for another rule set's form, or a field put in the wrong section.
                          ?? LocalizedText(es: "se admiten: \(candidates.joined(separator: ", "))", en: "allowed here: \(candidates.joined(separator: ", "))"))
    }
}
