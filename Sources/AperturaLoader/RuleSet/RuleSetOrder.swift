import AperturaModel

/// The order a rule set's indicators and rules are listed in everywhere (reports, summaries, sheets, coverage):
/// grouped by objective, in the order the objectives are declared, each group in the order of its files. Files
/// are read in the alphabetical order of their names, which says nothing to a reader of the report, whose
/// objectives come in their declared order.
enum RuleSetOrder {
    /// After validation: a goal rule's objective is its indicator's, filled in then.
    static func byObjective(_ ruleSet: RuleSet) -> RuleSet {
        let rank = Dictionary(ruleSet.objectives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Stable: the position breaks ties, and an unknown objective (already reported) goes last.
        func grouped<T>(_ items: [T], _ objective: (T) -> ObjectiveID) -> [T] {
            items.enumerated()
                .sorted { (rank[objective($0.element)] ?? .max, $0.offset) < (rank[objective($1.element)] ?? .max, $1.offset) }
                .map(\.element)
        }
        var ordered = ruleSet
        ordered.indicators = grouped(ruleSet.indicators, \.objective)
        ordered.rules = grouped(ruleSet.rules, \.objective)
        return ordered
    }
}
