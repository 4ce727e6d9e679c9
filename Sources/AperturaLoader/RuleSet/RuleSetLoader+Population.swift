import AperturaModel
import AperturaSource
import AperturaYAML

extension RuleSetLoader {
    enum PopulationGoalKey: String, CaseIterable { case id, name, aggregate, indicator, rule, direction, baseline, goals, source }
    enum AggregateName: String, CaseIterable {
        case mean
        case shareMet = "share_met"
    }

    static func populationGoal(_ node: YAMLNode, _ context: LoadContext) -> PopulationGoal? {
        guard var reader = MappingReader<PopulationGoalKey>(node, context, what: LocalizedText(es: "una meta poblacional", en: "a population goal")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let name = reader.required(.name).flatMap { context.requiredText($0, key: "name") }
        let aggregateName = reader.required(.aggregate).flatMap { context.oneOf($0, AggregateName.self) }
        let indicatorNode = reader.optional(.indicator)
        let indicator = indicatorNode.flatMap(context.identifier)
        let ruleNode = reader.optional(.rule)
        let rule = ruleNode.flatMap(context.identifier)
        let direction = reader.optional(.direction).flatMap { context.oneOf($0, Indicator.Direction.self) } ?? .increase
        let baseline = reader.optional(.baseline).flatMap(context.baseline)
        let goals = reader.required(.goals).flatMap { context.list($0) { context.goal($0, boolean: false) } } ?? []
        let source = reader.required(.source).flatMap(context.citation)
        reader.finish()
        var aggregate: PopulationGoal.Aggregate?
        switch (aggregateName, indicator, rule) {
        case (.mean, let indicator?, nil): aggregate = .mean(IndicatorID(indicator))
        case (.shareMet, nil, let rule?): aggregate = .shareMet(RuleID(rule))
        case (nil, _, _): break
        default:
            context.error("invalid_value", es: "mean va con indicator; share_met va con rule",
                          en: "mean takes an indicator; share_met takes a rule", at: node.range)
        }
        guard let id, let name, let aggregate, let source else { return nil }
        var goal = PopulationGoal(
            id: PopulationGoalID(id), name: name, aggregate: aggregate, direction: direction, baseline: baseline,
            goals: goals, source: source, range: node.range)
        goal.aggregateRange = (indicatorNode ?? ruleNode)?.range
        return goal
    }
}
