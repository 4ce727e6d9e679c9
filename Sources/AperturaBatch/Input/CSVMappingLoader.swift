public import AperturaSource
import AperturaYAML

/// Reads a column-mapping file (`kind: csv_mapping`), reporting every problem as a diagnostic.
public enum CSVMappingLoader {
    enum Key: String, CaseIterable { case kind, ruleSet = "rule_set", delimiter, encoding, institution, answers }
    enum SourceKey: String, CaseIterable { case column, constant, values, convert }

    /// The mapping, nil when it has errors, and every diagnostic.
    public static func load(file: String) -> (CSVMapping?, [Diagnostic]) {
        let loaded = read(file: file)
        return (loaded.hasErrors ? nil : loaded.mapping, loaded.diagnostics)
    }

    /// A mapping file read as far as it can be: with errors, what was read all the same, so that the run can check it
    /// too (its fields against the form, its columns against the tables' headers) and say every mistake at once.
    public struct Loaded: Sendable {
        /// The mapping, without the entries in error; nil when the file is no YAML mapping at all.
        public var mapping: CSVMapping?
        public var diagnostics: [Diagnostic]
        /// `delimiter` and `encoding` were read without error: a table's header can be read as the mapping means.
        public var tableShapeKnown = true
        /// `rule_set`, when written, was read without error: the rule set the run would use is known.
        public var ruleSetKnown = true
        /// The file says `kind: csv_mapping`: it is meant as a mapping (not a self-assessment given as one, whose every
        /// key would be a mistake), and what it names is worth checking further.
        public var declaresMapping = false

        public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    }

    public static func read(file: String) -> Loaded {
        let parsed = YAMLParser.parseFile(atPath: file)
        var diagnostics = parsed.diagnostics
        guard !diagnostics.contains(where: \.isError) else { return Loaded(mapping: nil, diagnostics: diagnostics) }
        guard parsed.documents.count == 1, let root = parsed.documents[0].root, let pairs = root.mapping else {
            diagnostics.append(.error("type_mismatch", LocalizedText(es: "un archivo de mapeo es un solo mapa YAML",
                                                                     en: "a mapping file is a single YAML mapping"),
                                      at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1))))
            return Loaded(mapping: nil, diagnostics: diagnostics)
        }
        var delimiterRead = true, encodingRead = true, ruleSetKnown = true, declaresMapping = false
        var ruleSet: String?
        var ruleSetRange: SourceRange?
        var delimiter = UInt8(ascii: ",")
        var encoding = CSVEncoding.utf8
        var identity: [CSVMapping.IdentityField: ColumnSource] = [:]
        var answers: [CSVMapping.Answer] = []
        var sawKind = false
        // The identity fields written, right or wrong: a mistake in one, or an institution that is not a
        // mapping, is said once, not again as fields missing.
        var written = Set<CSVMapping.IdentityField>()
        var institutionMistyped = false
        for pair in pairs {
            let keyText = pair.key.scalar?.value ?? ""
            guard let key = Key(rawValue: keyText) else {
                diagnostics.append(unknownKey(keyText, Key.allCases.map(\.rawValue), pair.key.range))
                continue
            }
            switch key {
            case .kind:
                sawKind = true
                declaresMapping = pair.value.scalar?.value == "csv_mapping"
                if !declaresMapping {
                    diagnostics.append(.error("invalid_value", LocalizedText(es: "se esperaba kind: csv_mapping", en: "expected kind: csv_mapping"),
                                              at: pair.value.range))
                }
            case .ruleSet:
                if pair.value.scalar?.isNull != true {
                    ruleSet = text(pair.value, &diagnostics)
                    ruleSetRange = pair.value.range
                    ruleSetKnown = ruleSet != nil
                }
            case .delimiter:
                delimiterRead = false  // until it is
                guard let text = Self.text(pair.value, &diagnostics) else { continue }
                // A quote or a line break cannot separate fields: they shape the records themselves.
                if text.utf8.count == 1, let byte = text.utf8.first, !"\"\r\n".utf8.contains(byte) {
                    delimiter = byte
                    delimiterRead = true
                } else {
                    diagnostics.append(.error("invalid_value", LocalizedText(es: "el delimitador es un solo carácter ASCII, que no sea comilla ni salto de línea",
                                                                             en: "the delimiter is a single ASCII character, neither a quote nor a line break"),
                                              at: pair.value.range))
                }
            case .encoding:
                guard let text = Self.text(pair.value, &diagnostics) else {
                    encodingRead = false
                    continue
                }
                if let value = CSVEncoding(rawValue: text.lowercased()) {
                    encoding = value
                } else {
                    encodingRead = false
                    let names = CSVEncoding.allCases.map(\.rawValue).joined(separator: ", ")
                    diagnostics.append(.error("invalid_value", LocalizedText(es: "codificación desconocida «\(text)»: se admiten \(names)",
                                                                             en: "unknown encoding '\(text)'; supported: \(names)"),
                                              at: pair.value.range))
                }
            case .institution:
                guard let entries = Self.pairs(pair.value, &diagnostics) else {
                    institutionMistyped = true
                    continue
                }
                for entry in entries {
                    let name = entry.key.scalar?.value ?? ""
                    guard let field = CSVMapping.IdentityField(rawValue: name) else {
                        diagnostics.append(unknownKey(name, CSVMapping.IdentityField.allCases.map(\.rawValue), entry.key.range))
                        continue
                    }
                    written.insert(field)
                    if let source = source(entry.value, emptyCellMayBeTranslated: true, &diagnostics) { identity[field] = source }
                }
            case .answers:
                for entry in Self.pairs(pair.value, &diagnostics) ?? [] {
                    let path = entry.key.scalar?.value ?? ""
                    let parts = path.split(separator: ".", omittingEmptySubsequences: false)
                    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                        diagnostics.append(.error("invalid_value", LocalizedText(es: "«\(path)» no tiene la forma sección.campo",
                                                                                 en: "'\(path)' is not of the form section.field"), at: entry.key.range))
                        continue
                    }
                    if let source = source(entry.value, emptyCellMayBeTranslated: false, &diagnostics) {
                        answers.append(CSVMapping.Answer(section: String(parts[0]), field: String(parts[1]), source: source, keyRange: entry.key.range))
                    }
                }
            }
        }
        if !sawKind {
            diagnostics.append(.error("missing_key", LocalizedText(es: "falta kind: csv_mapping", en: "kind: csv_mapping is missing"), at: root.range))
        }
        for required in [CSVMapping.IdentityField.id, .name, .kind, .order] where !written.contains(required) && !institutionMistyped {
            diagnostics.append(.error("missing_key", LocalizedText(es: "falta institution.\(required.rawValue)", en: "institution.\(required.rawValue) is missing"),
                                      at: root.range))
        }
        let mapping = CSVMapping(file: file, ruleSet: ruleSet, ruleSetRange: ruleSetRange, delimiter: delimiter, encoding: encoding,
                                 institution: identity, answers: answers)
        return Loaded(mapping: mapping, diagnostics: diagnostics, tableShapeKnown: delimiterRead && encodingRead, ruleSetKnown: ruleSetKnown,
                      declaresMapping: declaresMapping)
    }

    /// `COLUMN` or `{column:, constant:, values:, convert:}`. An answer's `values` cannot translate an empty
    /// cell: an answer left empty is not reported, whatever the mapping says.
    static func source(_ node: YAMLNode, emptyCellMayBeTranslated: Bool, _ diagnostics: inout [Diagnostic]) -> ColumnSource? {
        if let scalar = node.scalar, !scalar.isNull {
            return ColumnSource(column: scalar.value, constant: nil, values: [:], conversion: nil, range: node.range)
        }
        guard let pairs = node.mapping else {
            diagnostics.append(.error("type_mismatch", LocalizedText(es: "se esperaba un nombre de columna o {column: ...}",
                                                                     en: "expected a column name or {column: ...}"), at: node.range))
            return nil
        }
        var source = ColumnSource(column: nil, constant: nil, values: [:], conversion: nil, range: node.range)
        var mistyped = false
        for pair in pairs {
            let name = pair.key.scalar?.value ?? ""
            guard let key = SourceKey(rawValue: name) else {
                diagnostics.append(unknownKey(name, SourceKey.allCases.map(\.rawValue), pair.key.range))
                continue
            }
            switch key {
            case .column:
                source.column = text(pair.value, &diagnostics)
                mistyped = mistyped || source.column == nil
            case .constant:
                source.constant = text(pair.value, &diagnostics)
                source.range = pair.value.range  // what is wrong with a constant is its value
                mistyped = mistyped || source.constant == nil
            case .values:
                for entry in Self.pairs(pair.value, &diagnostics) ?? [] {
                    // A null value translates to "" (the field is left out); a list or a mapping is a mistake.
                    guard let from = text(entry.key, &diagnostics),
                          let to = entry.value.scalar?.isNull == true ? "" : text(entry.value, &diagnostics) else { continue }
                    if from.trimmed.isEmpty && !emptyCellMayBeTranslated {
                        diagnostics.append(.error("invalid_value", LocalizedText(es: "una respuesta vacía es «no reportada»: values no puede traducirla",
                                                                                 en: "an empty answer is 'not reported': values cannot translate it"),
                                                  at: entry.key.range))
                        continue
                    }
                    source.values[from] = to
                }
            case .convert:
                guard let text = Self.text(pair.value, &diagnostics) else {
                    mistyped = true
                    continue
                }
                guard let conversion = ColumnSource.Conversion(rawValue: text) else {
                    diagnostics.append(.error("invalid_value", LocalizedText(es: "conversión desconocida «\(text)»; se admite: state_name",
                                                                             en: "unknown conversion '\(text)'; supported: state_name"), at: pair.value.range))
                    continue
                }
                source.conversion = conversion
            }
        }
        if mistyped { return nil }
        if (source.column == nil) == (source.constant == nil) {
            diagnostics.append(.error("missing_key", LocalizedText(es: "se indica exactamente uno de column y constant",
                                                                   en: "give exactly one of column and constant"), at: node.range))
            return nil
        }
        return source
    }

    /// The pairs of a mapping node (none for a null one); nil, reported, for anything else.
    static func pairs(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> [YAMLPair]? {
        if let pairs = node.mapping { return pairs }
        if node.scalar?.isNull == true { return [] }
        diagnostics.append(.error("type_mismatch", LocalizedText(es: "se esperaba un mapa (clave: valor)", en: "expected a mapping (key: value)"),
                                  at: node.range))
        return nil
    }

    /// The text of a scalar node; nil, reported, for a list or a mapping.
    static func text(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> String? {
        if let scalar = node.scalar { return scalar.value }
        diagnostics.append(.error("type_mismatch", LocalizedText(es: "se esperaba un texto, no una lista ni un mapa",
                                                                 en: "expected a text, not a list or a mapping"), at: node.range))
        return nil
    }

    static func unknownKey(_ key: String, _ known: [String], _ range: SourceRange) -> Diagnostic {
        .error("unknown_key", LocalizedText(es: "clave desconocida «\(key)»", en: "unknown key '\(key)'"), at: range,
               help: Suggestion.closest(to: key, in: known).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") })
    }
}
