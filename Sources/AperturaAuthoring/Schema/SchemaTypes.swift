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
    /// Texts of rule files and policies: the loaders read any scalar as text (`version: 2025.1` is the text
    /// "2025.1", `check: true` the expression "true"), so an editor must not flag an unquoted number or boolean.
    static let expression: JSONNode = .object(["type": scalarTypes, "description": .string("Expresión CEL (docs/CEL.md)")])
    static let string: JSONNode = .object(["type": scalarTypes])
    /// A text of a self-assessment (a `text` answer). The loader reads any scalar as text (`12` and `true` are
    /// the texts "12" and "true": types come from the format, not from how a scalar looks), and refuses the
    /// invisible characters of `InvisibleCharacters`.
    static let answerText: JSONNode = .object(["type": scalarTypes, "pattern": .string(noInvisibleCharacters)])
    /// An answer text with something visible in it, as the loader requires of an institution's id and name and of
    /// each evidence entry.
    static let visibleText: JSONNode = .object([
        "type": scalarTypes, "allOf": .array([.object(["pattern": .string("\\S")]), .object(["pattern": .string(noInvisibleCharacters)])])])
    /// The JSON types a YAML scalar the loader reads as text may take in an editor.
    static let scalarTypes: JSONNode = .strings(["string", "number", "boolean"])
    /// No C0 control but tab and line feed, no DEL or C1 control, no direction mark or character of no width.
    static let noInvisibleCharacters = "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]*$"
    /// A date of a self-assessment: a real calendar day from 1900-01-01 to 2100-12-31 (`AnswerDates`), leap days
    /// included only in leap years (1900 and 2100 are not).
    static let answerDatePattern = "^(?:(?:19[0-9]{2}|20[0-9]{2}|2100)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29)$"
    static let answerDate = ref("answer_date")
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
