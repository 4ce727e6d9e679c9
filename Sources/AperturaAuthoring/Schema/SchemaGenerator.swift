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

    /// What kind, order and state must agree on (`InstitutionIdentity`): the one order of the kinds that have
    /// one, no state for a federal institution and a state for the others.
    static func identityAgreement() -> [JSONNode] {
        func when(_ key: String, _ values: [String]) -> JSONNode {
            .object(["properties": .object([key: .object(["enum": .strings(values)])]), "required": .strings([key])])
        }
        var rules: [JSONNode] = InstitutionKind.allCases.compactMap { kind in
            guard let order = InstitutionIdentity.requiredOrder(of: kind) else { return nil }
            return .object(["if": when("kind", [kind.rawValue]),
                            "then": .object(["properties": .object(["order": .object(["const": .string(order.rawValue)])])])])
        }
        let federal = GovernmentOrder.allCases.filter { InstitutionIdentity.stateConflict(order: $0, state: "") != nil }
        let others = GovernmentOrder.allCases.filter { !federal.contains($0) }
        rules.append(.object(["if": when("order", federal.map(\.rawValue)),
                              "then": .object(["properties": .object(["state": .object(["type": .string("null")])])])]))
        rules.append(.object(["if": when("order", others.map(\.rawValue)),
                              "then": .object(["required": .strings(["state"]), "properties": .object(["state": .object(["type": .string("string")])])])]))
        return rules
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

    /// Self-assessments of one rule set: every section and field of its form, typed.
    ///
    /// Required answers are required, as `apertura validate` reports each missing one (`MissingAnswers`): the
    /// required fields of a section that every institution answers, and of each item of its lists; the section
    /// itself when it has any; `answers` when some section is. A section limited to some kinds or orders of
    /// institution requires nothing (what applies depends on the institution). Whatever is not required may be
    /// written with no value, which reads as left out.
    public static func selfAssessment(for ruleSet: RuleSet) throws(Mismatch) -> JSONNode {
        guard case .object(var root) = try object("self_assessment"), case .object(var properties)? = root["properties"],
              case .array(var rootRequired)? = root["required"] else { return .object([:]) }
        root.removeValue(forKey: "title")
        var sections: [String: JSONNode] = [:]
        var requiredSections: [String] = []
        for section in ruleSet.form {
            let everyone = section.appliesTo.orders == nil && section.appliesTo.kinds == nil
            var schema = group(section.fields, requiring: everyone)
            schema["description"] = .string(section.name.es)
            if case .array(let required)? = schema["required"], !required.isEmpty {
                requiredSections.append(section.id.rawValue)
                sections[section.id.rawValue] = .object(schema)
            } else {
                sections[section.id.rawValue] = orNull(.object(schema))
            }
        }
        var answers: [String: JSONNode] = [
            "type": .string("object"), "properties": .object(sections), "additionalProperties": .bool(false),
            "description": .string("Respuestas por sección del formulario de «\(ruleSet.info.id)».")]
        if requiredSections.isEmpty {
            properties["answers"] = orNull(.object(answers))
        } else {
            answers["required"] = .strings(requiredSections)
            properties["answers"] = .object(answers)
            rootRequired.append(.string("answers"))
            root["required"] = .array(rootRequired)
        }
        properties["rule_set"] = .object(["const": .string(ruleSet.info.id), "description": .string("El conjunto de reglas que responde.")])
        // `period` when the rules that apply read it (`PeriodReaders`): for every institution, or for some kinds and orders.
        let identities = GovernmentOrder.allCases.flatMap { order in
            InstitutionKind.allCases.filter { InstitutionIdentity.orderConflict(kind: $0, order: order) == nil }.map { (order, $0) }
        }
        let reading = identities.filter { !PeriodReaders.rules(of: ruleSet, order: $0.0, kind: $0.1).isEmpty }
        if reading.count == identities.count {
            properties["period"] = .object(["$ref": .string(SchemaTypes.defs + "period"),
                                            "description": .string("El periodo que se informa (lo leen reglas que aplican a toda institución).")])
            rootRequired.append(.string("period"))
            root["required"] = .array(rootRequired)
        } else if !reading.isEmpty {
            root["allOf"] = .array(reading.map { order, kind in
                .object(["if": .object(["properties": .object(["institution": .object([
                            "properties": .object(["order": .object(["const": .string(order.rawValue)]), "kind": .object(["const": .string(kind.rawValue)])]),
                            "required": .strings(["order", "kind"])])]),
                                        "required": .strings(["institution"])]),
                         "then": .object(["required": .strings(["period"]), "properties": .object(["period": .object(["type": .string("object")])])])])
            })
        }
        root["properties"] = .object(properties)
        return document(title: "Apertura: autoevaluación de «\(ruleSet.info.id)»", defs: try commonDefs(["institution", "period"]), root: root)
    }

    /// A section or a list item: its fields, the required ones required when `requiring`.
    static func group(_ fields: [FormField], requiring: Bool) -> [String: JSONNode] {
        var properties: [String: JSONNode] = [:]
        var required: [String] = []
        for field in fields {
            let schema = fieldSchema(field, requiring: requiring)
            if requiring && field.required {
                required.append(field.id)
                properties[field.id] = schema
            } else {
                properties[field.id] = orNull(schema)
            }
        }
        var members: [String: JSONNode] = ["type": .string("object"), "properties": .object(properties), "additionalProperties": .bool(false)]
        if !required.isEmpty { members["required"] = .strings(required) }
        return members
    }

    static func fieldSchema(_ field: FormField, requiring: Bool = true) -> JSONNode {
        var schema: [String: JSONNode]
        switch field.type {
        case .boolean: schema = ["type": .string("boolean")]
        case .integer: schema = ["type": .string("integer")]
        case .number, .ratio, .percent: schema = ["type": .string("number")]
        case .date: schema = ["$ref": .string("#/$defs/answer_date")]
        case .text:
            guard case .object(let text) = SchemaTypes.answerText else { return .object([:]) }
            schema = text
        case .choice: schema = ["type": .string("string"), "enum": .strings(field.options.map(\.id))]
        case .choices:
            schema = ["type": .string("array"), "uniqueItems": .bool(true), "items": .object(["type": .string("string"), "enum": .strings(field.options.map(\.id))])]
        case .evidence: schema = ["type": .string("array"), "items": SchemaTypes.visibleText]
        case .list: schema = ["type": .string("array"), "items": .object(group(field.items, requiring: requiring))]
        }
        if [.integer, .number, .ratio, .percent].contains(field.type) {
            let bounds = field.effectiveBounds
            if let low = bounds.min { schema["minimum"] = .number(low) }
            if let high = bounds.max { schema["maximum"] = .number(high) }
        }
        var description = field.prompt.es
        if field.required { description += " (obligatoria)" }
        schema["description"] = .string(description)
        return .object(schema)
    }

    public static func ruleTests() throws(Mismatch) -> JSONNode {
        guard case .object(var root) = try object("tests_file") else { return .object([:]) }
        root.removeValue(forKey: "title")
        return document(title: "Apertura: pruebas de reglas",
                        defs: try commonDefs(["tests_case", "tests_expect", "self_assessment", "institution", "period"]), root: root)
    }

    /// Every schema file, by name, for the given rule sets.
    public static func files(ruleSets: [RuleSet]) throws(Mismatch) -> [(name: String, text: String)] {
        var files: [(String, String)] = [
            ("rule-file.schema.json", try ruleFile().text),
            ("policy.schema.json", try policy().text),
            ("self-assessment.schema.json", try selfAssessment().text),
            ("rule-tests.schema.json", try ruleTests().text),
        ]
        for ruleSet in ruleSets.sorted(by: { $0.info.id < $1.info.id }) {
            files.append(("\(ruleSet.info.id).self-assessment.schema.json", try selfAssessment(for: ruleSet).text))
        }
        return files
    }
}
