public import AperturaSource
import AperturaYAML

/// Reads a column-mapping file (`kind: csv_mapping`), reporting every problem as a diagnostic.
public enum CSVMappingLoader {
    enum Key: String, CaseIterable { case kind, ruleSet = "rule_set", delimiter, institution, answers }
    enum SourceKey: String, CaseIterable { case column, constant, values, convert }

    public static func load(file: String) -> (CSVMapping?, [Diagnostic]) {
        let parsed = YAMLParser.parseFile(atPath: file)
        var diagnostics = parsed.diagnostics
        guard !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
        guard parsed.documents.count == 1, let root = parsed.documents[0].root, let pairs = root.mapping else {
            diagnostics.append(.error("type_mismatch", LocalizedText(es: "un archivo de mapeo es un solo mapa YAML",
                                                                     en: "a mapping file is a single YAML mapping"),
                                      at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1))))
            return (nil, diagnostics)
        }
        var ruleSet: String?
        var delimiter = UInt8(ascii: ",")
        var identity: [CSVMapping.IdentityField: ColumnSource] = [:]
        var answers: [CSVMapping.Answer] = []
        var sawKind = false
        for pair in pairs {
            let keyText = pair.key.scalar?.value ?? ""
            guard let key = Key(rawValue: keyText) else {
                diagnostics.append(unknownKey(keyText, Key.allCases.map(\.rawValue), pair.key.range))
                continue
            }
            switch key {
            case .kind:
                sawKind = true
                if pair.value.scalar?.value != "csv_mapping" {
                    diagnostics.append(.error("invalid_value", LocalizedText(es: "se esperaba kind: csv_mapping", en: "expected kind: csv_mapping"),
                                              at: pair.value.range))
                }
            case .ruleSet:
                ruleSet = pair.value.scalar?.value
            case .delimiter:
                let text = pair.value.scalar?.value ?? ""
                if text.utf8.count == 1, let byte = text.utf8.first, byte != UInt8(ascii: "\"") {
                    delimiter = byte
                } else {
                    diagnostics.append(.error("invalid_value", LocalizedText(es: "el delimitador es un solo carácter ASCII",
                                                                             en: "the delimiter is a single ASCII character"), at: pair.value.range))
                }
            case .institution:
                for entry in pair.value.mapping ?? [] {
                    let name = entry.key.scalar?.value ?? ""
                    guard let field = CSVMapping.IdentityField(rawValue: name) else {
                        diagnostics.append(unknownKey(name, CSVMapping.IdentityField.allCases.map(\.rawValue), entry.key.range))
                        continue
                    }
                    if let source = source(entry.value, &diagnostics) { identity[field] = source }
                }
            case .answers:
                for entry in pair.value.mapping ?? [] {
                    let path = entry.key.scalar?.value ?? ""
                    let parts = path.split(separator: ".", omittingEmptySubsequences: false)
                    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                        diagnostics.append(.error("invalid_value", LocalizedText(es: "«\(path)» no tiene la forma sección.campo",
                                                                                 en: "'\(path)' is not of the form section.field"), at: entry.key.range))
                        continue
                    }
                    if let source = source(entry.value, &diagnostics) {
                        answers.append(CSVMapping.Answer(section: String(parts[0]), field: String(parts[1]), source: source))
                    }
                }
            }
        }
        if !sawKind {
            diagnostics.append(.error("missing_key", LocalizedText(es: "falta kind: csv_mapping", en: "kind: csv_mapping is missing"), at: root.range))
        }
        for required in [CSVMapping.IdentityField.id, .name, .kind, .order] where identity[required] == nil {
            diagnostics.append(.error("missing_key", LocalizedText(es: "falta institution.\(required.rawValue)", en: "institution.\(required.rawValue) is missing"),
                                      at: root.range))
        }
        guard !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
        return (CSVMapping(file: file, ruleSet: ruleSet, delimiter: delimiter, institution: identity, answers: answers), diagnostics)
    }

    /// `COLUMN` or `{column:, constant:, values:, convert:}`.
    static func source(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> ColumnSource? {
        if let scalar = node.scalar, !scalar.isNull {
            return ColumnSource(column: scalar.value, constant: nil, values: [:], conversion: nil, range: node.range)
        }
        guard let pairs = node.mapping else {
            diagnostics.append(.error("type_mismatch", LocalizedText(es: "se esperaba un nombre de columna o {column: ...}",
                                                                     en: "expected a column name or {column: ...}"), at: node.range))
            return nil
        }
        var source = ColumnSource(column: nil, constant: nil, values: [:], conversion: nil, range: node.range)
        for pair in pairs {
            let name = pair.key.scalar?.value ?? ""
            guard let key = SourceKey(rawValue: name) else {
                diagnostics.append(unknownKey(name, SourceKey.allCases.map(\.rawValue), pair.key.range))
                continue
            }
            switch key {
            case .column: source.column = pair.value.scalar?.value
            case .constant: source.constant = pair.value.scalar?.value
            case .values:
                for entry in pair.value.mapping ?? [] {
                    if let from = entry.key.scalar?.value { source.values[from] = entry.value.scalar.map { $0.isNull ? "" : $0.value } ?? "" }
                }
            case .convert:
                let text = pair.value.scalar?.value ?? ""
                guard let conversion = ColumnSource.Conversion(rawValue: text) else {
                    diagnostics.append(.error("invalid_value", LocalizedText(es: "conversión desconocida «\(text)»; se admite: state_name",
                                                                             en: "unknown conversion '\(text)'; supported: state_name"), at: pair.value.range))
                    continue
                }
                source.conversion = conversion
            }
        }
        if (source.column == nil) == (source.constant == nil) {
            diagnostics.append(.error("missing_key", LocalizedText(es: "se indica exactamente uno de column y constant",
                                                                   en: "exactly one of column and constant is given"), at: node.range))
            return nil
        }
        return source
    }

    static func unknownKey(_ key: String, _ known: [String], _ range: SourceRange) -> Diagnostic {
        .error("unknown_key", LocalizedText(es: "clave desconocida «\(key)»", en: "unknown key '\(key)'"), at: range,
               help: Suggestion.closest(to: key, in: known).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") })
    }
}
