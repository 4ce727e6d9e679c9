import AperturaModel
import AperturaSource
import AperturaYAML

extension RuleSetLoader {
    enum RuleKey: String, CaseIterable {
        case id, indicator, objective, name, weight
        case appliesTo = "applies_to"
        case goals, evidence, check, phases, remediation, source
    }

    /// The objective may be left out of a goal rule (it is the indicator's); the validator fills it in,
    /// so until then it holds this marker.
    static let objectiveFromIndicator = ObjectiveID("")

    static func rule(_ node: YAMLNode, _ context: LoadContext) -> Rule? {
        guard var reader = MappingReader<RuleKey>(node, context, what: LocalizedText(es: "una regla", en: "a rule")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let indicatorNode = reader.optional(.indicator)
        let indicator = indicatorNode.flatMap(context.identifier)
        let objectiveNode = reader.optional(.objective)
        let objective = objectiveNode.flatMap(context.identifier)
        let name = reader.required(.name).flatMap { context.requiredText($0, key: "name") }
        let weight = reader.optional(.weight).flatMap(context.number) ?? 1
        let appliesTo = reader.optional(.appliesTo).flatMap(context.applicability) ?? .everyone
        let goalsNode = reader.optional(.goals)
        let evidence = reader.optional(.evidence).flatMap { context.list($0) { fieldPath($0, context) } } ?? []
        let check = reader.optional(.check).flatMap(context.expression)
        let listedPhases = reader.optional(.phases).flatMap { context.list($0) { node in context.identifier(node).map { (PhaseID($0), node.range) } } }
        let phases = listedPhases?.map(\.0)
        let remediation = reader.required(.remediation).flatMap { context.requiredText($0, key: "remediation") }
        let source = reader.required(.source).flatMap(context.citation)
        reader.finish()
        if weight <= 0 {
            context.error("invalid_value", es: "el peso debe ser mayor que cero", en: "the weight must be above zero", at: node["weight"]?.range ?? node.range)
        }

        let body: Rule.Body?
        switch (indicator, check) {
        case (let indicator?, nil):
            // Whether targets are booleans depends on the indicator's unit, known after all files load:
            // read goals leniently here and let the validator check target types.
            let goals = goalsNode.flatMap { context.list($0) { goalAnyTarget($0, context) } } ?? []
            if goalsNode == nil {
                context.error("missing_key", es: "una regla de meta necesita goals", en: "a goal rule needs goals", at: SourceRange(at: node.range.start))
            }
            // A goal rule is judged in the phases its goals name: `phases` would be read and then ignored.
            if let phasesNode = node["phases"] {
                context.error("invalid_value", es: "una regla de meta no lleva phases: se juzga en las fases de sus goals",
                              en: "a goal rule takes no phases: it is judged in the phases of its goals", at: phasesNode.range)
            }
            body = .goal(indicator: IndicatorID(indicator), goals: goals, evidence: evidence)
        case (nil, let check?):
            if goalsNode != nil {
                context.error("invalid_value", es: "una regla check no lleva goals", en: "a check rule takes no goals", at: goalsNode!.range)
            }
            body = .check(check, phases: phases, evidence: evidence)
        default:
            context.error(
                "invalid_rule", es: "una regla lleva exactamente uno de indicator (con goals) o check",
                en: "a rule has exactly one of indicator (with goals) or check", at: node.range)
            body = nil
        }
        if check == nil && objective == nil && indicator == nil { return nil }
        // With an indicator as well, the rule is not a check rule: `invalid_rule` said what is wrong.
        if check != nil && indicator == nil && objective == nil {
            context.error("missing_key", es: "una regla check necesita objective", en: "a check rule needs an objective", at: SourceRange(at: node.range.start))
        }
        guard let id, let name, let body, let remediation, let source else { return nil }
        var rule = Rule(
            id: RuleID(id), objective: objective.map { ObjectiveID($0) } ?? objectiveFromIndicator, name: name, weight: weight,
            appliesTo: appliesTo, body: body, remediation: remediation, source: source, range: node.range)
        rule.indicatorRange = indicatorNode?.range
        rule.objectiveRange = objectiveNode?.range
        rule.phaseRanges = listedPhases?.map(\.1) ?? []
        return rule
    }

    /// A goal whose target may be a boolean or a number; the validator checks it against the unit.
    static func goalAnyTarget(_ node: YAMLNode, _ context: LoadContext) -> Goal? {
        let isBoolean = node["target"]?.scalar.map { ["true", "false", "True", "False", "TRUE", "FALSE"].contains($0.value) && $0.style == .plain } ?? false
        return context.goal(node, boolean: isBoolean)
    }

    static func fieldPath(_ node: YAMLNode, _ context: LoadContext) -> FieldPath? {
        guard let text = context.string(node) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy(LoadContext.isIdentifier) else {
            context.error("invalid_value", es: "«\(text)» no es una ruta sección.campo", en: "'\(text)' is not a section.field path", at: node.range)
            return nil
        }
        return FieldPath(section: SectionID(parts[0]), field: parts[1], range: node.range)
    }
}
