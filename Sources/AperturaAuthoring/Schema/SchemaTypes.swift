import AperturaLoader
import AperturaModel

/// The JSON Schema fragments of the formats' scalar types and shared structures, and the
/// model's enumerations they take their allowed values from.
enum SchemaTypes {
    static let defs = "#/$defs/"

    static func ref(_ name: String) -> JSONNode { .object(["$ref": .string(defs + name)]) }
    static let identifier = ref("identifier")
    static let localized = ref("localized_text")
    static let citation = ref("citation")
    static let date = ref("date")
    static let expression: JSONNode = .object(["type": .string("string"), "description": .string("Expresión CEL (docs/CEL.md)")])
    static let string: JSONNode = .object(["type": .string("string")])
    /// A text with something visible in it, as the loader requires of an institution's id and name.
    static let visibleText: JSONNode = .object(["type": .string("string"), "pattern": .string("\\S")])
    static let number: JSONNode = .object(["type": .string("number")])
    static let integer: JSONNode = .object(["type": .string("integer")])
    static let boolean: JSONNode = .object(["type": .string("boolean")])

    static func oneOf(_ values: [String]) -> JSONNode { .object(["type": .string("string"), "enum": .strings(values)]) }
    static func list(_ items: JSONNode) -> JSONNode { .object(["type": .string("array"), "items": items]) }
    static func mapOf(_ values: JSONNode) -> JSONNode {
        .object(["type": .string("object"), "additionalProperties": values, "propertyNames": .object(["pattern": .string(identifierPattern)])])
    }

    static let identifierPattern = "^[a-z][a-z0-9_]*$"

    static func names<E: CaseIterable & RawRepresentable>(_: E.Type) -> [String] where E.RawValue == String {
        E.allCases.map(\.rawValue)
    }

    static let units = names(Indicator.Unit.self)
    static let directions = names(Indicator.Direction.self)
    static let classes = names(Indicator.IndicatorClass.self)
    static let periodicities = names(Indicator.Periodicity.self)
    static let fieldTypes = names(FieldType.self)
    static let statuses = names(RuleSetInfo.Status.self)
    static let goalStatuses = names(Goal.Status.self)
    static let orders = names(GovernmentOrder.self)
    static let kinds = names(InstitutionKind.self)
    static let credits = names(ScoringModel.Credit.self)
    static let states = MexicanState.ids
    static let models = LoaderKeys.objects["scoring_model"] ?? []
    static let aggregates = LoaderKeys.objects["aggregate"] ?? []
    static let ruleFileKinds = LoaderKeys.objects["rule_file_kind"] ?? []
}
