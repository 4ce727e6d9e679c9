import AperturaLoader
public import AperturaModel
public import AperturaSource
public import AperturaYAML

/// Turns the rows of one CSV table into self-assessment documents, as if each row had been written
/// in YAML: the loader then validates them like any other input, and its diagnostics point at the
/// row and column of the cell.
public struct CSVRowConverter: Sendable {
    let file: String
    let ruleSetID: String
    /// The header's number of fields: every row must have as many.
    let columnCount: Int
    /// The table's field separator, as the mapping gives it (for the advice on a row of the wrong length).
    let delimiter: UInt8
    let identity: [(CSVMapping.IdentityField, Bound)]
    let answers: [(section: String, field: String, type: FieldType, bound: Bound)]
    /// The header's cells, to name a cell's column in what is said of it.
    let header: [String]
    /// The fields each column feeds (`solicitudes.recibidas`, `institution.id`), by the column's position.
    let fieldNames: [Int: [String]]
    /// The bounds of the numbers each column's answer fields take (a ratio's 0 to 1), by the column's position: a
    /// number written with a point for thousands is told to drop it only when the number it meant is in them.
    var columnBounds: [Int: [NumberBounds]] = [:]

    struct NumberBounds: Sendable {
        var min: Double?
        var max: Double?

        func contains(_ value: Double) -> Bool { (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true) }
    }

    struct Bound: Sendable {
        var index: Int?
        var source: ColumnSource
    }

    /// The columns of `mapping` found in `header`: the identity fields' and the answers' (those the form has, and that
    /// are not lists), each answer column with the bounds of its field's numbers; and the errors of the columns the
    /// header does not have, or has twice.
    struct Columns {
        var identity: [(CSVMapping.IdentityField, Bound)] = []
        var answers: [(section: String, field: String, type: FieldType, bound: Bound)] = []
        var columnBounds: [Int: [NumberBounds]] = [:]
        var diagnostics: [Diagnostic] = []
    }

    static func bind(mapping: CSVMapping, header: CSVRecord, ruleSet: RuleSet, file: String) -> Columns {
        var columns = Columns()
        let otherDelimiter = Self.otherDelimiter(header: header, delimiter: mapping.delimiter)
        func bind(_ source: ColumnSource) -> Bound? {
            guard let column = source.column else { return Bound(index: nil, source: source) }
            var matches = header.fields.indices.filter { header.fields[$0] == column }
            // A header cell padded with spaces (`SO `, as spreadsheets export it) is the column, as cells are read trimmed;
            // "did you mean «SO »?" would name what looks the same.
            if matches.isEmpty { matches = header.fields.indices.filter { header.fields[$0].trimmed == column.trimmed } }
            guard let index = matches.first else {
                columns.diagnostics.append(.error("unknown_column", LocalizedText(es: "la tabla \(file) no tiene la columna «\(column)»",
                                                                                  en: "table \(file) has no column '\(column)'"), at: source.range,
                                                  help: otherDelimiter ?? Suggestion.closest(to: column, in: header.fields).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }))
                return nil
            }
            // Two columns of one name: reading the first would be a guess.
            guard matches.count == 1 else {
                let places = matches.map { String($0 + 1) }.joined(separator: ", ")
                columns.diagnostics.append(.error("duplicate_column", LocalizedText(es: "la tabla \(file) tiene varias columnas «\(column)» (en las posiciones \(places)): no se sabe cuál leer",
                                                                                    en: "table \(file) has several columns '\(column)' (at positions \(places)): which one to read is unknown"),
                                                  at: source.range,
                                                  help: LocalizedText(es: "dé a cada columna de la tabla un nombre distinto", en: "give each column of the table its own name")))
                return nil
            }
            return Bound(index: index, source: source)
        }
        for field in CSVMapping.IdentityField.allCases {
            if let source = mapping.institution[field], let bound = bind(source) { columns.identity.append((field, bound)) }
        }
        for answer in mapping.answers {
            guard let field = ruleSet.section(SectionID(answer.section))?.field(answer.field), field.type != .list else { continue }
            if let bound = bind(answer.source) {
                columns.answers.append((answer.section, answer.field, field.type, bound))
                let bounds = field.effectiveBounds
                if let index = bound.index { columns.columnBounds[index, default: []].append(NumberBounds(min: bounds.min, max: bounds.max)) }
            }
        }
        return columns
    }

    /// The errors of the columns `mapping` names that `header` does not have, or has twice: what makes the table one
    /// invalid input in a run, said beside the mapping's own mistakes when those stop it.
    public static func columnErrors(mapping: CSVMapping, header: CSVRecord, ruleSet: RuleSet, file: String) -> [Diagnostic] {
        bind(mapping: mapping, header: header, ruleSet: ruleSet, file: file).diagnostics
    }

    /// Binds `mapping` to the table's header and to the form: nil, with diagnostics, when a column or
    /// a field it names does not exist.
    public static func make(mapping: CSVMapping, header: CSVRecord, ruleSet: RuleSet, file: String) -> (CSVRowConverter?, [Diagnostic]) {
        let columns = bind(mapping: mapping, header: header, ruleSet: ruleSet, file: file)
        let (identity, answers, columnBounds) = (columns.identity, columns.answers, columns.columnBounds)
        var diagnostics = columns.diagnostics
        // A field the form does not have, or a list field: the run checks these before any table is read.
        diagnostics += mapping.fieldErrors(in: ruleSet)
        if let mismatch = mapping.ruleSetMismatch(ruleSet.info.id) {
            diagnostics.append(mismatch)
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        var fieldNames: [Int: [String]] = [:]
        for (field, bound) in identity { if let index = bound.index { fieldNames[index, default: []].append("institution.\(field.rawValue)") } }
        for answer in answers { if let index = answer.bound.index { fieldNames[index, default: []].append("\(answer.section).\(answer.field)") } }
        var converter = CSVRowConverter(file: file, ruleSetID: ruleSet.info.id, columnCount: header.fields.count, delimiter: mapping.delimiter,
                                        identity: identity, answers: answers, header: header.fields, fieldNames: fieldNames)
        converter.columnBounds = columnBounds
        let constantErrors = converter.constantErrors(ruleSet: ruleSet, mappingFile: mapping.file)
        guard constantErrors.isEmpty else { return (nil, constantErrors) }
        return (converter, [])
    }

    /// Advice when the header is one field holding another usual separator (`;`, a tab, `|`, or the default `,`
    /// under a mapping that declares another): the table is separated by it, as spreadsheets in some languages
    /// save "CSV", and the mapping does not say so.
    static func otherDelimiter(header: CSVRecord, delimiter: UInt8) -> LocalizedText? {
        guard header.fields.count == 1, let field = header.fields.first else { return nil }
        for (byte, shown) in [(UInt8(ascii: ";"), ";"), (0x09, "\\t"), (UInt8(ascii: "|"), "|"), (UInt8(ascii: ","), ",")] where byte != delimiter {
            guard field.utf8.contains(byte) else { continue }
            return LocalizedText(es: "el encabezado parece separado por «\(shown)»: declare delimiter: \"\(shown)\" en el archivo de mapeo",
                                 en: "the header seems separated by '\(shown)': declare delimiter: \"\(shown)\" in the mapping file")
        }
        return nil
    }

    /// The errors of the constants the field cannot take. A constant is the same in every row: its mistake is
    /// the mapping's, said once at it rather than in every row. Read as a row of empty cells, where only the
    /// constants (placed in the mapping file) have a value; the errors placed there are theirs.
    func constantErrors(ruleSet: RuleSet, mappingFile: String) -> [Diagnostic] {
        let empty = CSVRecord(fields: Array(repeating: "", count: columnCount), line: 1,
                              columns: Array(repeating: 1, count: columnCount), lines: Array(repeating: 1, count: columnCount))
        let context = LoadContext()
        _ = AssessmentLoader.read(document(for: empty), file: file, ruleSet: ruleSet, context)
        return context.diagnostics.sorted.filter { $0.isError && $0.range?.file == mappingFile }
    }

    /// The error of a row with more or fewer fields than the header, nil for a row that fits. Such a row is not
    /// read: a comma missing, or one in an unquoted name, shifts every cell after it into the wrong column.
    public func fieldCountError(_ record: CSVRecord) -> Diagnostic? {
        let count = record.fields.count
        guard count != columnCount else { return nil }
        let separator = delimiter == 0x09 ? "\\t" : String(decoding: [delimiter], as: UTF8.self)
        let column = count > columnCount ? record.columns[columnCount] : 1
        return .error("csv_field_count",
                      LocalizedText(es: "la fila tiene \(CountText.of(count, "campo", "campos")) y el encabezado \(columnCount)",
                                    en: "the row has \(CountText.of(count, "field", "fields")) and the header \(columnCount)"),
                      at: SourceRange(at: SourceLocation(file: file, line: record.line, column: column)),
                      help: LocalizedText(es: "revise si falta o sobra un separador «\(separator)», o si un texto que lo contiene no va entre comillas",
                                          en: "check for a missing or extra separator '\(separator)', or a text holding one without quotes"))
    }

    /// The self-assessment document of one row.
    public func document(for record: CSVRecord) -> YAMLDocument {
        let start = SourceLocation(file: file, line: record.line, column: 1)
        let here = SourceRange(at: start)
        func scalar(_ text: String, _ style: YAMLScalar.Style, _ range: SourceRange) -> YAMLNode {
            YAMLNode(.scalar(YAMLScalar(value: text, style: style)), range: range)
        }
        func key(_ text: String) -> YAMLNode { scalar(text, .plain, here) }
        /// The cell's value (nil when empty) and where it is.
        func read(_ bound: Bound) -> (value: String?, range: SourceRange)? {
            let raw: String
            let range: SourceRange
            if let index = bound.index {
                guard index < record.fields.count else { return nil }
                raw = record.fields[index]
                range = SourceRange(at: SourceLocation(file: file, line: record.lines[index], column: record.columns[index]))
            } else {
                raw = bound.source.constant ?? ""
                range = bound.source.range
            }
            var value = bound.source.values[raw] ?? bound.source.values[raw.trimmed] ?? raw.trimmed
            // A state name with an invisible character in it (`Jalisco` and a BEL, an ESC) is passed on as written: the
            // conversion, which passes over punctuation, would drop it, and the loader says of it what it says of the
            // same text in a YAML file (not a state), at its cell.
            if bound.source.conversion == .stateName, !value.isEmpty, InvisibleCharacters.first(in: value) == nil {
                value = MexicanState.id(forName: value) ?? value
            }
            return (value.isEmpty ? nil : value, range)
        }
        func cell(_ bound: Bound) -> (String, SourceRange)? {
            guard let (value, range) = read(bound), let value else { return nil }
            return (value, range)
        }
        var institution: [YAMLPair] = []
        for (field, bound) in identity {
            guard let (value, range) = cell(bound) else {
                // An empty cell of a column the identity needs: written as a key with no value at the cell, so the
                // loader says "empty" there rather than "missing" at the row's first column.
                if [.id, .name, .kind, .order].contains(field), let (_, range) = read(bound) {
                    institution.append(YAMLPair(key: scalar(field.rawValue, .plain, range), value: scalar("", .plain, range)))
                }
                continue
            }
            let text = field == .population ? Self.integerText(value) : value
            let style: YAMLScalar.Style = field == .population ? Self.unquoted(text) : .doubleQuoted
            institution.append(YAMLPair(key: key(field.rawValue), value: scalar(text, style, range)))
        }
        var sections: [(String, [YAMLPair])] = []
        for answer in answers {
            guard let (value, range) = cell(answer.bound) else { continue }
            let node = Self.node(value, type: answer.type, range: range)
            let pair = YAMLPair(key: key(answer.field), value: node)
            if let i = sections.firstIndex(where: { $0.0 == answer.section }) { sections[i].1.append(pair) } else { sections.append((answer.section, [pair])) }
        }
        var root: [YAMLPair] = [
            YAMLPair(key: key("apertura"), value: scalar("1", .plain, here)),
            YAMLPair(key: key("rule_set"), value: scalar(ruleSetID, .plain, here)),
            YAMLPair(key: key("institution"), value: YAMLNode(.mapping(institution), range: here)),
        ]
        if !sections.isEmpty {
            let answersNode = sections.map { YAMLPair(key: key($0.0), value: YAMLNode(.mapping($0.1), range: here)) }
            root.append(YAMLPair(key: key("answers"), value: YAMLNode(.mapping(answersNode), range: here)))
        }
        return YAMLDocument(root: YAMLNode(.mapping(root), range: here), file: file, range: here)
    }

    /// A cell's text as the YAML the field's type reads; a value that does not fit is passed on as
    /// written, so the loader reports it with its position.
    static func node(_ value: String, type: FieldType, range: SourceRange) -> YAMLNode {
        func scalar(_ text: String, _ style: YAMLScalar.Style) -> YAMLNode {
            YAMLNode(.scalar(YAMLScalar(value: text, style: style)), range: range)
        }
        func unquotedScalar(_ text: String) -> YAMLNode { scalar(text, unquoted(text)) }
        switch type {
        case .boolean:
            switch value.lowercased() {
            case "true", "verdadero", "1", "sí", "si", "x": return scalar("true", .plain)
            case "false", "falso", "0", "no": return scalar("false", .plain)
            default: return scalar(value, .doubleQuoted)
            }
        case .integer: return unquotedScalar(integerText(value))
        case .number, .ratio: return unquotedScalar(decimalText(value))
        case .percent: return unquotedScalar(decimalText(value.hasSuffix("%") ? String(value.dropLast()).trimmed : value))
        case .date: return unquotedScalar(value)
        case .text, .choice: return scalar(value, .doubleQuoted)
        case .choices, .evidence, .list:
            let items = value.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
            return YAMLNode(.sequence(items.map { scalar($0, .doubleQuoted) }), range: range)
        }
    }

    /// The style a number or a date is written in: plain, as YAML reads them, except for a text YAML would read
    /// as null (`null`, `NULL`, `~`, or `%` left empty): a cell with text in it is an answer given, and a wrong
    /// one is reported, not taken for an empty cell.
    static func unquoted(_ text: String) -> YAMLScalar.Style {
        YAMLScalar(value: text, style: .plain).isNull ? .doubleQuoted : .plain
    }

    /// `1,234` → `1234` (a thousands separator). Only commas in their place (after the first one to three
    /// digits, then every three) are separators: `2,5` or `1,,2` is passed on as written and reported, not
    /// read as 25 or 12.
    static func integerText(_ value: String) -> String {
        withoutThousandsSeparators(value[...]) ?? value
    }

    /// Numbers as written in Mexico: `1,500` and `1,500.25` have a thousands separator (fifteen hundred), as
    /// do `12,345,678`; any other single comma, with no point, is a decimal comma (`0,5`, `80,5`, `0,500`).
    static func decimalText(_ value: String) -> String {
        let point = value.firstIndex(of: ".") ?? value.endIndex
        if let whole = withoutThousandsSeparators(value[..<point]) { return whole + value[point...] }
        return value.count(where: { $0 == "," }) == 1 && point == value.endIndex ? value.replacingAll(",", with: ".") : value
    }

    /// The digits with their thousands separators taken out, when there are any and each is in its place:
    /// a first group of one to three digits that does not start with 0 (`0,500` is a decimal), then groups of three.
    static func withoutThousandsSeparators(_ value: Substring) -> String? {
        let unsigned = value.first == "-" || value.first == "+" ? value.dropFirst() : value
        let groups = unsigned.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1,
              (1...3).contains(groups[0].count), groups[0].first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        return String(value).replacingAll(",", with: "")
    }
}

extension String {
    /// Without the spaces at its ends (spaces, tabs, no-break spaces, line breaks), as spreadsheets pad cells. The
    /// controls among the white space (a vertical tab, a form feed, U+0085) stay: invisible, they are the text's mistake
    /// (`invalid_character`), not padding to drop unsaid.
    var trimmed: String {
        var view = Substring(self)
        while let first = view.first, Self.isPadding(first) { view.removeFirst() }
        while let last = view.last, Self.isPadding(last) { view.removeLast() }
        return String(view)
    }

    static func isPadding(_ character: Character) -> Bool {
        character.isWhitespace && !character.unicodeScalars.contains { $0 == "\u{0B}" || $0 == "\u{0C}" || $0 == "\u{85}" }
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
