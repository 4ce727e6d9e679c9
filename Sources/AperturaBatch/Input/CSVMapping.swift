import AperturaSource

/// How the columns of a CSV table become self-assessments: identity fields and answers `section.field`.
///
/// ```yaml
/// kind: csv_mapping
/// rule_set: mga
/// delimiter: ","
/// encoding: windows-1252          # optional; utf-8 by default
/// institution:
///   id: {column: SO}
///   name: SO                      # shorthand for {column: SO}
///   state: {column: edo, convert: state_name, values: {Federal: ""}}
///   order: {column: niv, values: {Federal: federal, Estatal: estatal, Municipal: municipal}}
///   kind: {constant: municipio}
/// answers:
///   tg.valor: TG
/// ```
public struct CSVMapping: Sendable, Hashable {
    /// The identity fields a mapping can fill.
    public enum IdentityField: String, Sendable, Hashable, CaseIterable {
        case id, name, kind, order, state, population
    }

    public var file: String
    public var ruleSet: String?
    /// Where `rule_set` is written in the mapping file.
    public var ruleSetRange: SourceRange?
    public var delimiter: UInt8
    public var encoding: CSVEncoding
    public var institution: [IdentityField: ColumnSource]
    /// Answers in the order written: section id, field id, source.
    public var answers: [Answer]

    public struct Answer: Sendable, Hashable {
        public var section: String
        public var field: String
        public var source: ColumnSource
        /// Where `section.field` is written in the mapping file.
        public var keyRange: SourceRange?

        public init(section: String, field: String, source: ColumnSource, keyRange: SourceRange? = nil) {
            self.section = section
            self.field = field
            self.source = source
            self.keyRange = keyRange
        }
    }

    public init(file: String, ruleSet: String?, ruleSetRange: SourceRange? = nil, delimiter: UInt8, encoding: CSVEncoding = .utf8,
                institution: [IdentityField: ColumnSource], answers: [Answer]) {
        self.file = file
        self.ruleSet = ruleSet
        self.ruleSetRange = ruleSetRange
        self.delimiter = delimiter
        self.encoding = encoding
        self.institution = institution
        self.answers = answers
    }

    /// The error of a mapping written for another rule set than `id`, at its `rule_set`; nil when it fits.
    public func ruleSetMismatch(_ id: String) -> Diagnostic? {
        guard let ruleSet, ruleSet != id else { return nil }
        return .error("rule_set_mismatch", LocalizedText(es: "el mapeo es para el conjunto de reglas «\(ruleSet)», no para «\(id)»",
                                                         en: "the mapping is for rule set '\(ruleSet)', not '\(id)'"),
                      at: ruleSetRange ?? SourceRange(at: SourceLocation(file: file, line: 1, column: 1)),
                      help: LocalizedText(es: "use --rules con el conjunto de reglas del mapeo, o corrija rule_set",
                                          en: "give --rules the mapping's rule set, or correct rule_set"))
    }
}
