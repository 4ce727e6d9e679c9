import AperturaSource

extension SummaryBuilder {
    /// The names that the summary gives in Spanish although its language is English, because the rule set or
    /// the policy has no English for them. `report.html` marks them `lang="es"`, so that a screen reader reads
    /// them with Spanish pronunciation (WCAG 2.1, 3.1.2 Language of Parts). Empty for a Spanish summary.
    public var untranslatedNames: Set<String> {
        guard language == .en else { return [] }
        var texts: [LocalizedText] = [ruleSet.info.name, policy.name]
        texts += ruleSet.phases.map(\.name) + policy.levels.map(\.name) + (policy.quadrants.map { Array($0.names.values) } ?? [])
        texts += ruleSet.objectives.map(\.name) + ruleSet.indicators.map(\.name) + ruleSet.rules.map(\.name)
        texts += ruleSet.populationGoals.map(\.name)
        return Set(texts.filter { !$0.isTranslated }.map(\.es))
    }
}
