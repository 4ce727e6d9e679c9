import AperturaModel
import AperturaSource
import AperturaYAML

extension RuleSetLoader {
    enum IndicatorKey: String, CaseIterable {
        case id, objective, name, description, unit, direction
        case indicatorClass = "class"
        case periodicity, value
        case validWhen = "valid_when"
        case baseline, source
    }

    static func indicator(_ node: YAMLNode, _ context: LoadContext) -> Indicator? {
        guard var reader = MappingReader<IndicatorKey>(node, context, what: LocalizedText(es: "un indicador", en: "an indicator")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let objectiveNode = reader.required(.objective)
        let objective = objectiveNode.flatMap(context.identifier)
        let name = reader.required(.name).flatMap { context.requiredText($0, key: "name") }
        let description = reader.optional(.description).flatMap(context.localized)
        let unit = reader.required(.unit).flatMap { context.oneOf($0, Indicator.Unit.self) }
        let directionNode = reader.optional(.direction)
        let direction = directionNode.flatMap { context.oneOf($0, Indicator.Direction.self) } ?? .increase
        if unit == .boolean, direction == .decrease, let directionNode {
            // A boolean is judged by equality with its goal: a direction would be ignored, not what was meant.
            context.error(
                "invalid_value", es: "un indicador boolean no lleva «direction: decrease»: se juzga por igualdad con su meta",
                en: "a boolean indicator takes no 'direction: decrease': it is judged by equality with its goal", at: directionNode.range,
                help: LocalizedText(es: "quite direction y dé como meta el valor que se busca (target: false si lo deseable es false)",
                                    en: "remove direction and give as the goal the value sought (target: false if false is what is wanted)"))
        }
        let indicatorClass = reader.required(.indicatorClass).flatMap { context.oneOf($0, Indicator.IndicatorClass.self) }
        let periodicity = reader.required(.periodicity).flatMap { context.oneOf($0, Indicator.Periodicity.self) }
        let value = reader.required(.value).flatMap(context.expression)
        let validWhen = reader.optional(.validWhen).flatMap(context.expression)
        let baseline = reader.optional(.baseline).flatMap(context.baseline)
        let source = reader.required(.source).flatMap(context.citation)
        reader.finish()
        guard let id, let objective, let name, let unit, let indicatorClass, let periodicity, let value, let source else { return nil }
        var indicator = Indicator(
            id: IndicatorID(id), objective: ObjectiveID(objective), name: name, description: description, unit: unit,
            direction: direction, indicatorClass: indicatorClass, periodicity: periodicity, value: value,
            baseline: baseline, source: source, range: node.range)
        indicator.objectiveRange = objectiveNode?.range
        indicator.validWhen = validWhen
        return indicator
    }
}
