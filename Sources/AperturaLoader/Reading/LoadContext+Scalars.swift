import AperturaModel
import AperturaSource
import AperturaYAML

/// Typed readers for scalars. The type comes from the schema: a scalar's look never decides it.
/// Each returns nil after reporting why the node does not fit.
extension LoadContext {
    func scalar(_ node: YAMLNode, expected: LocalizedText) -> YAMLScalar? {
        guard let scalar = node.scalar, !(scalar.isNull && scalar.style == .plain) else {
            typeMismatch(node, expected: expected, help: node.sequence != nil ? ValueAdvice.oneValue : nil)
            return nil
        }
        // A tag asks for a type (`!!str 5`, `!!int true`), and the schema gives each value its own: obeying the
        // schema would silently read the value as something its author said it is not.
        if let tag = node.tag {
            error("unsupported_tag", es: "las etiquetas de tipo de YAML («\(Self.shortTag(tag))») no se admiten: el tipo de cada valor lo da el formato",
                  en: "YAML type tags ('\(Self.shortTag(tag))') are not supported: each value's type is given by the format", at: node.range,
                  help: LocalizedText(es: "quite la etiqueta; para un texto que parece número, escríbalo entre comillas",
                                      en: "remove the tag; for a text that looks like a number, quote it"))
            return nil
        }
        return scalar
    }

    /// `tag:yaml.org,2002:str` as it was written, `!!str`.
    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }

    func string(_ node: YAMLNode) -> String? {
        scalar(node, expected: LocalizedText(es: "un texto", en: "a string"))?.value
    }

    /// A person-readable text: a plain string (Spanish) or `{es: ..., en: ...}`, with nothing invisible in it (names,
    /// remediations and notes reach terminals and reports, where a control character would act unseen).
    func localized(_ node: YAMLNode) -> LocalizedText? {
        if node.mapping != nil {
            guard var reader = MappingReader<LocalizedKey>(node, self, what: LocalizedText(es: "un texto", en: "a text")) else { return nil }
            let es = reader.required(.es).flatMap(visibleString)
            let en = reader.optional(.en).flatMap(visibleString)
            reader.finish()
            return es.map { LocalizedText(es: $0, en: en) }
        }
        return visibleString(node).map { LocalizedText(es: $0) }
    }

    /// `true` or `false` only: `yes`, `no`, `on`, `off` and `sí` are strings, not booleans.
    func bool(_ node: YAMLNode) -> Bool? {
        bool(node, field: nil)
    }

    /// `field`: the answer's field, which may be left without a value (see `ValueAdvice.emptyText`).
    func bool(_ node: YAMLNode, field: String?) -> Bool? {
        let expected = LocalizedText(es: "true o false", en: "true or false")
        guard let scalar = scalar(node, expected: expected) else { return nil }
        if scalar.style == .plain, let value = Self.boolean(scalar.value) { return value }
        let quoted = ValueAdvice.withoutTypographicQuotes(scalar.value.trimmingSpaces).flatMap { Self.boolean($0) != nil ? $0 : nil }
        // `"true"` is found where true was expected: the help says why, as for a quoted number.
        let text = scalar.value.trimmingSpaces
        error(
            "type_mismatch", es: "se esperaba true o false, se encontró «\(scalar.value)»",
            en: "expected true or false, found '\(scalar.value)'", at: node.range,
            help: ValueAdvice.emptyText(scalar, field: field) ?? quoted.map(ValueAdvice.typographicQuotes)
                ?? (scalar.style != .plain && Self.boolean(text) != nil ? ValueAdvice.quoted(text) : nil)
                ?? LocalizedText(es: "escriba true (sí) o false (no), sin comillas", en: "write true or false, unquoted"))
        return nil
    }

    /// The spellings of a boolean a plain scalar may have.
    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// A whole number written as a plain scalar (YAML 1.2 core: optional sign, decimal digits).
    func integer(_ node: YAMLNode) -> Int64? {
        integer(node, field: nil)
    }

    /// `field`: the answer's field, which may be left without a value (see `ValueAdvice.emptyText`).
    func integer(_ node: YAMLNode, field: String?) -> Int64? {
        let expected = LocalizedText(es: "un número entero", en: "a whole number")
        guard let scalar = scalar(node, expected: expected) else { return nil }
        if scalar.style == .plain, let value = Self.integer(scalar.value) { return value }
        typeMismatch(node, expected: expected, help: ValueAdvice.emptyText(scalar, field: field) ?? ValueAdvice.number(scalar, wholeNumber: true))
        return nil
    }

    /// The value of a plain scalar's text as a whole number: `[-+]?[0-9]+` (Swift's own reading, which
    /// takes one sign; stripping a `+` first would have read `+-1` as -1).
    static func integer(_ text: String) -> Int64? {
        Int64(text)
    }

    /// A number written as a plain scalar: integer or decimal notation, finite.
    func number(_ node: YAMLNode) -> Double? {
        number(node, ratio: false)
    }

    /// `ratio`: the field goes from 0 to 1, which the advice for `80%` takes into account. `field`: the
    /// answer's field, which may be left without a value (see `ValueAdvice.emptyText`). `expects`: the values the
    /// field takes, said when the number is beyond any a double holds.
    func number(_ node: YAMLNode, ratio: Bool, field: String? = nil, expects: LocalizedText? = nil) -> Double? {
        let expected = LocalizedText(es: "un número", en: "a number")
        guard let scalar = scalar(node, expected: expected) else { return nil }
        if scalar.style == .plain, let value = Self.number(scalar.value) { return value }
        // A number all the same: "expected a number" would say it is not one.
        if scalar.style == .plain, Self.looksNumeric(scalar.value), let value = Double(scalar.value) {
            let text = scalar.value
            if value.isInfinite {
                error("number_out_of_range",
                      es: "el número «\(text)» es demasiado grande\(value < 0 ? " en valor absoluto" : "") para representarse: pasa de ±1.8e308",
                      en: "the number '\(text)' is too large\(value < 0 ? " in magnitude" : "") to be represented: it is beyond ±1.8e308",
                      at: node.range, help: expects)
                return nil
            }
            // Underflow (`Self.number` took every other reading): 0 is the double nearest to it, and read as such;
            // said, because `> 0` is then false of a value written above 0.
            warning("number_rounded_to_zero",
                    es: "el número «\(text)» es demasiado pequeño para representarse y se lee como 0",
                    en: "the number '\(text)' is too small to be represented and is read as 0",
                    at: node.range, help: LocalizedText(es: "si el valor es 0, escriba 0", en: "if the value is 0, write 0"))
            return 0
        }
        typeMismatch(node, expected: expected, help: ValueAdvice.emptyText(scalar, field: field) ?? ValueAdvice.number(scalar, wholeNumber: false, ratio: ratio))
        return nil
    }

    /// The value of a plain scalar's text as a finite number; nil too for one so small that it reads as 0 though a
    /// digit of it is not 0 (`1e-400`), which `number(_:ratio:field:expects:)` warns of.
    static func number(_ text: String) -> Double? {
        guard looksNumeric(text), let value = Double(text), value.isFinite else { return nil }
        if value == 0, text.prefix(while: { $0 != "e" && $0 != "E" }).contains(where: { ("1"..."9").contains($0) }) { return nil }
        return value
    }

    /// YAML 1.2 core float syntax without `.nan`/`.inf`: `[-+]?(digits[.digits]|.digits)([eE][-+]?digits)?`.
    /// Read over the UTF-8 bytes: the syntax is ASCII, so any other byte fails it.
    static func looksNumeric(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            func take(_ accepted: (UInt8) -> Bool) -> Bool {
                guard i < bytes.count, accepted(bytes[i]) else { return false }
                i += 1
                return true
            }
            func digits() -> Int {
                var n = 0
                while take({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { n += 1 }
                return n
            }
            _ = take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
            var mantissa = digits()
            if take({ $0 == UInt8(ascii: ".") }) { mantissa += digits() }
            guard mantissa > 0 else { return false }
            if take({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                _ = take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
                guard digits() > 0 else { return false }
            }
            return i == bytes.count
        }
    }

    func day(_ node: YAMLNode) -> Day? {
        day(node, field: nil)
    }

    /// `field`: the answer's field, which may be left without a value (see `ValueAdvice.emptyText`).
    func day(_ node: YAMLNode, field: String?) -> Day? {
        let expected = LocalizedText(es: "una fecha AAAA-MM-DD", en: "a YYYY-MM-DD date")
        guard let scalar = scalar(node, expected: expected) else { return nil }
        if let day = Day(scalar.value) { return day }
        error(
            "invalid_value", es: "«\(scalar.value)» no es una fecha válida AAAA-MM-DD",
            en: "'\(scalar.value)' is not a valid YYYY-MM-DD date", at: node.range,
            help: ValueAdvice.emptyText(scalar, field: field) ?? ValueAdvice.date(scalar.value))
        return nil
    }

    /// An id usable in expressions: `[a-z][a-z0-9_]*`.
    func identifier(_ node: YAMLNode) -> String? {
        guard let text = string(node) else { return nil }
        if Self.isIdentifier(text) { return text }
        // `consolidación`, `Inicio`: the id meant is the same without accents or capitals.
        let plain = SpanishFolding.fold(text.lowercased())
        error(
            "invalid_id", es: "«\(text)» no es un identificador válido (minúsculas, dígitos y _; empieza con letra)",
            en: "'\(text)' is not a valid id (lower-case letters, digits and _, starting with a letter)", at: node.range,
            help: Self.isIdentifier(plain) ? LocalizedText(es: "los identificadores no llevan acentos ni mayúsculas: ¿quiso decir «\(plain)»?",
                                                            en: "ids take no accents or capitals: did you mean '\(plain)'?") : nil)
        return nil
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// One of a closed set of values, with "did you mean" for a near miss.
    func oneOf<E: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ type: E.Type) -> E? where E.RawValue == String {
        guard let text = string(node) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        error(
            "invalid_value", es: "«\(text)» no es un valor permitido", en: "'\(text)' is not an allowed value", at: node.range,
            help: Suggestion.closest(to: text, in: allowed).map {
                LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?")
            } ?? LocalizedText(es: "valores permitidos: \(allowed.joined(separator: ", "))", en: "allowed values: \(allowed.joined(separator: ", "))"))
        return nil
    }

    /// Each item of a sequence read by `read`; items that fail are left out (already reported).
    func list<T>(_ node: YAMLNode, _ read: (YAMLNode) -> T?) -> [T]? {
        guard let items = node.sequence else {
            typeMismatch(node, expected: LocalizedText(es: "una lista", en: "a list"), help: node.scalar != nil ? ValueAdvice.aList : nil)
            return nil
        }
        // compactMap grows its result from empty (a reallocation per doubling); the items bound it.
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items {
            if let value = read(item) { result.append(value) }
        }
        return result
    }

    /// An expression kept with its place in the file, so its errors point into the YAML.
    func expression(_ node: YAMLNode) -> ExpressionSource? {
        guard let scalar = scalar(node, expected: LocalizedText(es: "una expresión", en: "an expression")) else { return nil }
        return ExpressionSource(
            text: scalar.value, range: node.range,
            lineStarts: scalar.lineStarts.map { ExpressionSource.LineStart(offset: $0.valueOffset, location: $0.location) })
    }
}

enum LocalizedKey: String, CaseIterable {
    case es, en
}

/// Texts the format requires.
extension LoadContext {
    /// A person-readable text the format requires (a name, a waiver's reason, a proposal's rationale): one written
    /// blank (`""`, only spaces, in its Spanish text) says nothing, and reports would print a label with nothing after
    /// it. An error at the blank value (`invalid_value`, as a self-assessment's blank id or name); the text is still
    /// returned, so that the error is not also reported as a missing key.
    func requiredText(_ node: YAMLNode, key: String) -> LocalizedText? {
        guard let text = localized(node) else { return nil }
        if text.es.allSatisfy(\.isWhitespace) { blank(node.mapping == nil ? node : node["es"] ?? node, key: key) }
        return text
    }

    /// `requiredText` for a plain string (a version, a waiver's institution).
    func requiredString(_ node: YAMLNode, key: String) -> String? {
        guard let text = string(node) else { return nil }
        if text.allSatisfy(\.isWhitespace) { blank(node, key: key) }
        return text
    }

    private func blank(_ node: YAMLNode, key: String) {
        error("invalid_value", es: "«\(key)» no puede quedar vacío", en: "'\(key)' cannot be left empty", at: node.range,
              help: LocalizedText(es: "escriba el texto: sólo espacios no dicen nada", en: "write the text: spaces alone say nothing"))
    }
}
