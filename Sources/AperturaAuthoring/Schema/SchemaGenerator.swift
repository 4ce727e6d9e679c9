public import AperturaEngine
public import AperturaModel
import AperturaLoader

/// Generates the editor schemas (JSON Schema draft 2020-12) from the loaders' key enums and the model's
/// enumerations, with the meaning of each key from `SchemaVocabulary`.
public enum SchemaGenerator {
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// A key the loader accepts that the vocabulary does not describe, or the other way round.
    public struct Mismatch: Error, Hashable, Sendable, CustomStringConvertible {
        public var object: String
        public var key: String
        public var description: String { "schema vocabulary and loader disagree on key '\(key)' of '\(object)'" }
    }

    /// Keys the loaders accept with no description, and described keys no loader accepts.
    public static func mismatches() -> [Mismatch] {
        var found: [Mismatch] = []
        for (object, allowed) in SchemaVocabulary.allowedKeys where !["rule_file_kind", "aggregate", "scoring_model"].contains(object) {
            let described = SchemaVocabulary.keys[object] ?? [:]
            for key in allowed where described[key] == nil { found.append(Mismatch(object: object, key: key)) }
            for key in described.keys where !allowed.contains(key) { found.append(Mismatch(object: object, key: key)) }
        }
        return found.sorted { ($0.object, $0.key) < ($1.object, $1.key) }
    }

    /// Objects read by the self-assessment loader, whose `MappingReader` takes an optional key written with no
    /// value (`state:`, `population:`, `period:`, as the template leaves them) as a key left out.
    static let emptyOptionalKeys: Set<String> = ["self_assessment", "institution", "period"]

    /// `schema`, or null: a key or an answer written with no value (`~`, `null` or nothing), the same as left out.
    /// The description stays at the top, where editors look for it.
    static func orNull(_ schema: JSONNode) -> JSONNode {
        guard case .object(var members) = schema else { return .object(["anyOf": .array([schema, .object(["type": .string("null")])])]) }
        let description = members.removeValue(forKey: "description")
        var result: [String: JSONNode] = ["anyOf": .array([.object(members), .object(["type": .string("null")])])]
        result["description"] = description
        return .object(result)
    }

    /// The schema of one object: its keys (in the loader's order), each with its type and description.
    static func object(_ name: String) throws(Mismatch) -> JSONNode {
        let allowed = SchemaVocabulary.allowedKeys[name] ?? []
        let specs = SchemaVocabulary.keys[name] ?? [:]
        var properties: [String: JSONNode] = [:]
        var required: [String] = []
        for key in allowed {
            guard let spec = specs[key] else { throw Mismatch(object: name, key: key) }
            var schema = spec.schema
            if !spec.required && emptyOptionalKeys.contains(name) { schema = orNull(schema) }
            if case .object(var members) = schema {
                members["description"] = .string(spec.description)
                schema = .object(members)
            } else {
                schema = .object(["allOf": .array([schema]), "description": .string(spec.description)])
            }
            properties[key] = schema
            if spec.required { required.append(key) }
        }
        var members: [String: JSONNode] = ["type": .string("object"), "properties": .object(properties), "additionalProperties": .bool(false)]
        if !required.isEmpty { members["required"] = .strings(required) }
        if let title = SchemaVocabulary.titles.first(where: { $0.object == name })?.title { members["title"] = .string(title) }
        return .object(members)
    }

    static func commonDefs(_ objects: [String]) throws(Mismatch) -> [String: JSONNode] {
        var defs: [String: JSONNode] = [
            "identifier": .object(["type": .string("string"), "pattern": .string(SchemaTypes.identifierPattern)]),
            "date": .object(["type": .string("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), "description": .string("AAAA-MM-DD")]),
            "localized_text": .object(["oneOf": .array([SchemaTypes.string, try object("localized_text")])]),
        ]
        if objects.contains("period") {
            defs["answer_date"] = .object(["type": .string("string"), "pattern": .string(SchemaTypes.answerDatePattern),
                                           "description": .string("AAAA-MM-DD, de 1900-01-01 a 2100-12-31")])
        }
        for name in objects { defs[name] = try object(name) }
        if case .object(var institution)? = defs["institution"] {
            institution["allOf"] = .array(identityAgreement())
            defs["institution"] = .object(institution)
        }
        return defs
    }

    static func document(title: String, defs: [String: JSONNode], root: [String: JSONNode]) -> JSONNode {
        var members = root
        members["$schema"] = .string(draft)
        members["title"] = .string(title)
        members["$defs"] = .object(defs)
        return .object(members)
    }

    static let ruleObjects = ["source_document", "phase", "objective", "section", "field", "option", "indicator", "rule", "goal",
                              "population_goal", "baseline", "citation", "applicability"]

    /// Rule files: one schema for every `kind`, with the keys each kind requires.
    public static func ruleFile() throws(Mismatch) -> JSONNode {
        guard case .object(var root) = try object("rule_file") else { return .object([:]) }
        let requiredByKind: [(String, [String])] = [
            ("ruleset", ["id", "version", "name", "instrument", "issuer", "status", "source", "sources", "phases", "objectives"]),
            ("form", ["sections"]), ("indicators", ["indicators"]), ("rules", ["rules"]), ("population_goals", ["population_goals"]),
        ]
        root["allOf"] = .array(requiredByKind.map { kind, keys in
            .object(["if": .object(["properties": .object(["kind": .object(["const": .string(kind)])])]),
                     "then": .object(["required": .strings(keys)])])
        })
        root.removeValue(forKey: "title")
        return document(title: "Apertura: archivo de reglas", defs: try commonDefs(ruleObjects), root: root)
    }

    public static func policy() throws(Mismatch) -> JSONNode {
        guard case .object(var root) = try object("policy") else { return .object([:]) }
        root.removeValue(forKey: "title")
        let defs = try commonDefs(["citation", "applicability", "calendar_entry", "scoring", "level", "quadrants", "policy_applicability", "waiver"])
        return document(title: "Apertura: política de evaluación", defs: defs, root: root)
    }

    /// Self-assessments of any rule set: answers are checked only as sections of fields.
    public static func selfAssessment() throws(Mismatch) -> JSONNode {
        guard case .object(var root) = try object("self_assessment") else { return .object([:]) }
        root.removeValue(forKey: "title")
        return document(title: "Apertura: autoevaluación",
                        defs: try commonDefs(["institution", "period"]), root: root)
    }

    public static func ruleTests() throws(Mismatch) -> JSONNode {
        guard case .object(var root) = try object("tests_file") else { return .object([:]) }
        root.removeValue(forKey: "title")
        return document(title: "Apertura: pruebas de reglas",
                        defs: try commonDefs(["tests_case", "tests_expect", "self_assessment", "institution", "period"]), root: root)
    }

    /// Every schema file, by name, for the given rule sets; `notAsked`: by rule set id, the sections its policy
    /// does not ask of some institutions, with who they are (`Workspace.sectionsNotAsked`).
    public static func files(ruleSets: [RuleSet], notAsked: [String: [SectionID: SectionExemption]] = [:]) throws(Mismatch) -> [(name: String, text: String)] {
        var files: [(String, String)] = [
            ("rule-file.schema.json", try ruleFile().text),
            ("policy.schema.json", try policy().text),
            ("self-assessment.schema.json", try selfAssessment().text),
            ("rule-tests.schema.json", try ruleTests().text),
        ]
        for ruleSet in ruleSets.sorted(by: { $0.info.id < $1.info.id }) {
            files.append(("\(ruleSet.info.id).self-assessment.schema.json",
                          try selfAssessment(for: ruleSet, notAsked: notAsked[ruleSet.info.id] ?? [:]).text))
        }
        return files
    }
}
