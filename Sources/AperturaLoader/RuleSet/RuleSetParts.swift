import AperturaModel
import AperturaSource

/// What the files of a rule set contribute, gathered before the whole is checked.
struct RuleSetParts {
    var info: [(RuleSetInfo, [SourceDocument], [Phase], [Objective])] = []
    var form: [FormSection] = []
    var indicators: [Indicator] = []
    var rules: [Rule] = []
    var populationGoals: [PopulationGoal] = []

    func assemble(directory: String, _ context: LoadContext) -> RuleSet? {
        guard let first = info.first else {
            context.error("missing_ruleset", es: "ningún archivo declara kind: ruleset en «\(directory)»",
                          en: "no file declares kind: ruleset in '\(directory)'", at: nil)
            return nil
        }
        for extra in info.dropFirst() {
            context.error("duplicate_ruleset", es: "hay más de un archivo kind: ruleset (el primero está en \(first.0.range.start))",
                          en: "more than one kind: ruleset file (the first is at \(first.0.range.start))", at: extra.0.range)
        }
        return RuleSet(
            info: first.0, sources: first.1, phases: first.2, objectives: first.3, form: form,
            indicators: indicators, rules: rules, populationGoals: populationGoals, directory: directory)
    }
}
