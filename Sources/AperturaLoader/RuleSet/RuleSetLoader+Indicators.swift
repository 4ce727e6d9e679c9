import AperturaModel
import AperturaSource
import AperturaYAML

extension RuleSetLoader {
    enum IndicatorKey: String, CaseIterable {
        case id, objective, name, description, unit, direction
        case indicatorClass = "class"
        case periodicity, value, baseline, source
    }

    static func indicator(_ node: YAMLNode, _ context: LoadContext) -> Indicator? {
        guard var reader = MappingReader<IndicatorKey>(node, context, what: LocalizedText(es: "un indicador", en: "an indicator")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let objectiveNode = reader.required(.objective)
        let objective = objectiveNode.flatMap(context.identifier)
        let name = reader.required(.name).flatMap(context.localized)
        let description = reader.optional(.description).flatMap(context.localized)
        let unit = reader.required(.unit).flatMap { context.oneOf($0, Indicator.Unit.self) }
        let direction = reader.optional(.direction).flatMap { context.oneOf($0, Indicator.Direction.self) } ?? .increase
        let indicatorClass = reader.required(.indicatorClass).flatMap { context.oneOf($0, Indicator.IndicatorClass.self) }
        let periodicity = reader.required(.periodicity).flatMap { context.oneOf($0, Indicator.Periodicity.self) }
        let value = reader.required(.value).flatMap(context.expression)
        let baseline = reader.optional(.baseline).flatMap(context.baseline)
        let source = reader.required(.source).flatMap(context.citation)
        reader.finish()
        guard let id, let objective, let name, let unit, let indicatorClass, let periodicity, let value, let source else { return nil }
        var indicator = Indicator(
            id: IndicatorID(id), objective: ObjectiveID(objective), name: name, description: description, unit: unit,
            direction: direction, indicatorClass: indicatorClass, periodicity: periodicity, value: value,
            baseline: baseline, source: source, range: node.range)
        indicator.objectiveRange = objectiveNode?.range
        return indicator
    }
}
