import AperturaSource

/// How the columns of a CSV table become self-assessments: identity fields and answers `section.field`.
///
/// ```yaml
/// kind: csv_mapping
/// rule_set: mga
/// delimiter: ","
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
    public var delimiter: UInt8
    public var institution: [IdentityField: ColumnSource]
    /// Answers in the order written: section id, field id, source.
    public var answers: [Answer]

    public struct Answer: Sendable, Hashable {
        public var section: String
        public var field: String
        public var source: ColumnSource

        public init(section: String, field: String, source: ColumnSource) {
            self.section = section
            self.field = field
            self.source = source
        }
    }

    public init(file: String, ruleSet: String?, delimiter: UInt8, institution: [IdentityField: ColumnSource], answers: [Answer]) {
        self.file = file
        self.ruleSet = ruleSet
        self.delimiter = delimiter
        self.institution = institution
        self.answers = answers
    }
}
