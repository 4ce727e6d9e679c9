public import AperturaEngine
public import AperturaModel
import AperturaLoader

/// The schema of one rule set's self-assessments: its form's sections and fields, typed, with what an
/// institution must answer required, and its kind, order and state required to agree.
extension SchemaGenerator {
    /// Self-assessments of one rule set: every section and field of its form, typed.
    ///
    /// Required answers are required, as `apertura validate` reports each missing one (`MissingAnswers`): the
    /// required fields of a section that every institution answers, and of each item of its lists; the section
    /// itself when it has any; `answers` when some section is. A section limited to some kinds or orders of
    /// institution requires nothing (what applies depends on the institution). One the rule set's policy does not
    /// ask of some institutions (`notAsked`, from `Workspace.sectionsNotAsked`) is required of the others only,
    /// through conditions on `institution.kind` and, where the population decides, `institution.population`.
    /// Whatever is not required may be written with no value, which reads as left out.
    public static func selfAssessment(for ruleSet: RuleSet, notAsked: [SectionID: SectionExemption] = [:]) throws(Mismatch) -> JSONNode {
        guard case .object(var root) = try object("self_assessment"), case .object(var properties)? = root["properties"],
              case .array(var rootRequired)? = root["required"] else { return .object([:]) }
        root.removeValue(forKey: "title")
        var sections: [String: JSONNode] = [:]
        var requiredSections: [String] = []
        var byKind: [JSONNode] = []
        for section in ruleSet.form {
            let everyone = section.appliesTo.orders == nil && section.appliesTo.kinds == nil
            var schema = group(section.fields, requiring: everyone)
            schema["description"] = .string(section.name.es)
            guard case .array(let required)? = schema["required"], !required.isEmpty else {
                sections[section.id.rawValue] = orNull(.object(schema))
                continue
            }
            guard let exempt = notAsked[section.id], exempt != SectionExemption() else {
                requiredSections.append(section.id.rawValue)
                sections[section.id.rawValue] = .object(schema)
                continue
            }
            // Required, with its fields, of the institutions asked for it; left out or empty for the others.
            sections[section.id.rawValue] = orNull(.object(group(section.fields, requiring: false).merging(["description": .string(section.name.es)]) { $1 }))
            let then: JSONNode = .object(["required": .strings(["answers"]), "properties": .object(["answers": .object([
                "required": .strings([section.id.rawValue]), "properties": .object([section.id.rawValue: .object(schema)])])])])
            let asked = InstitutionKind.allCases.filter { !exempt.kinds.contains($0) }
            let always = asked.filter { exempt.populations[$0] == nil }.map(\.rawValue)
            if !always.isEmpty {
                byKind.append(.object(["if": institutionIf(["kind": .object(["enum": .strings(always)])], required: ["kind"]), "then": then]))
            }
            // A kind asked but for some populations: of it, only one that gives none or another.
            for kind in asked {
                guard let ranges = exempt.populations[kind] else { continue }
                let within = ranges.map { range -> JSONNode in
                    var bounds: [String: JSONNode] = ["minimum": .integer(range.lowerBound)]
                    if range.upperBound != Int.max { bounds["maximum"] = .integer(range.upperBound) }
                    return .object(bounds)
                }
                let exempted: JSONNode = .object(["required": .strings(["population"]),
                                                  "properties": .object(["population": within.count == 1 ? within[0] : .object(["anyOf": .array(within)])])])
                byKind.append(.object(["if": institutionIf(["kind": .object(["const": .string(kind.rawValue)])], required: ["kind"], not: exempted),
                                       "then": then]))
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
            byKind += reading.map { order, kind in
                .object(["if": .object(["properties": .object(["institution": .object([
                            "properties": .object(["order": .object(["const": .string(order.rawValue)]), "kind": .object(["const": .string(kind.rawValue)])]),
                            "required": .strings(["order", "kind"])])]),
                                        "required": .strings(["institution"])]),
                         "then": .object(["required": .strings(["period"]), "properties": .object(["period": .object(["type": .string("object")])])])])
            }
        }
        if !byKind.isEmpty {
            if case .array(let earlier)? = root["allOf"] { byKind = earlier + byKind }
            root["allOf"] = .array(byKind)
        }
        root["properties"] = .object(properties)
        return document(title: "Apertura: autoevaluación de «\(ruleSet.info.id)»", defs: try commonDefs(["institution", "period"]), root: root)
    }

    /// `"if"` the self-assessment's institution has these `properties` (and, with `not`, does not match it).
    static func institutionIf(_ properties: [String: JSONNode], required: [String], not: JSONNode? = nil) -> JSONNode {
        var institution: [String: JSONNode] = ["properties": .object(properties), "required": .strings(required)]
        if let not { institution["not"] = not }
        return .object(["properties": .object(["institution": .object(institution)]), "required": .strings(["institution"])])
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

    /// What kind, order and state must agree on (`InstitutionIdentity`): the orders of the kinds that are not of
    /// every order (the one order of those that have one), no state for a federal institution and a state for the others.
    static func identityAgreement() -> [JSONNode] {
        func when(_ key: String, _ values: [String]) -> JSONNode {
            .object(["properties": .object([key: .object(["enum": .strings(values)])]), "required": .strings([key])])
        }
        var rules: [JSONNode] = InstitutionKind.allCases.compactMap { kind in
            let orders = GovernmentOrder.allCases.filter { InstitutionIdentity.orderConflict(kind: kind, order: $0) == nil }
            guard orders.count < GovernmentOrder.allCases.count else { return nil }
            let order: JSONNode = orders.count == 1 ? .object(["const": .string(orders[0].rawValue)])
                : .object(["enum": .strings(orders.map(\.rawValue))])
            return .object(["if": when("kind", [kind.rawValue]), "then": .object(["properties": .object(["order": order])])])
        }
        let federal = GovernmentOrder.allCases.filter { InstitutionIdentity.stateConflict(order: $0, state: "") != nil }
        let others = GovernmentOrder.allCases.filter { !federal.contains($0) }
        rules.append(.object(["if": when("order", federal.map(\.rawValue)),
                              "then": .object(["properties": .object(["state": .object(["type": .string("null")])])])]))
        rules.append(.object(["if": when("order", others.map(\.rawValue)),
                              "then": .object(["required": .strings(["state"]), "properties": .object(["state": .object(["type": .string("string")])])])]))
        return rules
    }
}
