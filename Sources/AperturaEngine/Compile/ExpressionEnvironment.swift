public import AperturaExpressions
public import AperturaLoader
public import AperturaModel

/// The variables expressions may read, typed from the rule set's form:
/// `institution`, one object per form section, and `indicators`.
public struct ExpressionEnvironment: Sendable {
    public let declarations: CELDeclarations
    let institutionType: CELObjectType
    let periodType: CELObjectType
    let periodSlot: Int
    let sectionTypes: [(SectionID, AnswerShape)]
    let indicatorsType: CELObjectType
    let institutionSlot: Int
    let sectionSlots: [Int]
    let indicatorsSlot: Int

    public init(ruleSet: RuleSet) {
        self.init(form: ruleSet.form, indicators: ruleSet.indicators)
    }

    /// The variables of `form`'s sections and of `indicators` (none: `indicators.x` is then undeclared). Names a
    /// load with errors left `unread` are of unknown type (`dyn`): what an expression reads of them is not checked.
    public init(form: [FormSection], indicators: [Indicator], unread: UnreadNames = UnreadNames()) {
        var declarations = CELDeclarations()
        institutionType = CELObjectType(name: "apertura.Institution", fields: [
            ("id", .string), ("name", .string), ("kind", .string), ("order", .string), ("state", .string), ("population", .int),
        ])
        declarations.declare("institution", .object(institutionType))
        institutionSlot = 0
        periodType = CELObjectType(name: "apertura.Period", fields: [("start", .timestamp), ("end", .timestamp)])
        periodSlot = declarations.count
        declarations.declare("period", .object(periodType))
        var sectionTypes: [(SectionID, AnswerShape)] = []
        var sectionSlots: [Int] = []
        for section in form {
            let type = Self.objectType(name: "apertura.\(section.id)", fields: section.fields)
            sectionSlots.append(declarations.count)
            declarations.declare(section.id.rawValue, unread.sections.contains(section.id.rawValue) ? .dyn : .object(type))
            sectionTypes.append((section.id, AnswerShape(type: type, fields: section.fields)))
        }
        for section in unread.sections.sorted() where declarations.slot(of: section) == nil { declarations.declare(section, .dyn) }
        let declared = Set(indicators.map(\.id.rawValue))
        indicatorsType = CELObjectType(
            name: "apertura.Indicators",
            fields: indicators.map { ($0.id.rawValue, $0.unit == .boolean ? CELType.bool : .double) }
                + unread.indicators.subtracting(declared).sorted().map { ($0, CELType.dyn) })
        indicatorsSlot = declarations.count
        declarations.declare("indicators", unread.someIndicator ? .dyn : .object(indicatorsType))
        self.sectionTypes = sectionTypes
        self.sectionSlots = sectionSlots
        self.declarations = declarations
    }

    static func objectType(name: String, fields: [FormField]) -> CELObjectType {
        CELObjectType(name: name, fields: fields.map { ($0.id, celType(of: $0, owner: name)) })
    }

    static func celType(of field: FormField, owner: String) -> CELType {
        switch field.type {
        case .boolean: .bool
        case .integer: .int
        case .number, .ratio, .percent: .double
        case .date: .timestamp
        case .text, .choice: .string
        case .choices, .evidence: .list(.string)
        case .list: .list(.object(objectType(name: "\(owner).\(field.id)", fields: field.items)))
        }
    }
}
