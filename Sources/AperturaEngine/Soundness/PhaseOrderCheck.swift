public import AperturaModel
public import AperturaSource

/// A rule set lists its phases in order, and its goals grow along that order (`goal_regression` checks them so):
/// a calendar that dates a later phase before an earlier one would have institutions meet the later, harder
/// goals first, and reports name the wrong "next phase". The loader cannot see it, having no rule set.
public struct PhaseOrderCheck {
    let policy: Policy
    let ruleSet: RuleSet

    public init(policy: Policy, ruleSet: RuleSet) {
        self.policy = policy
        self.ruleSet = ruleSet
    }

    public func run() -> [Diagnostic] {
        // The first entry of each phase (a repeat is the loader's duplicate error).
        let entries = Dictionary(policy.calendar.map { ($0.phase, $0) }, uniquingKeysWith: { first, _ in first })
        // The scheduled phases, in the rule set's order.
        let scheduled = ruleSet.phases.compactMap { entries[$0.id] }
        var found: [Diagnostic] = []
        var latest: CalendarEntry?
        for entry in scheduled {
            if let earlier = latest, entry.start < earlier.start {
                found.append(.error(
                    "phase_order",
                    LocalizedText(
                        es: "la fase «\(entry.phase)» empieza el \(entry.start), antes que «\(earlier.phase)» (\(earlier.start)), que el conjunto de reglas pone antes: sus metas se aplicarían en otro orden",
                        en: "phase '\(entry.phase)' starts on \(entry.start), before '\(earlier.phase)' (\(earlier.start)), which the rule set lists first: its goals would apply in another order"),
                    at: entry.startRange ?? entry.range,
                    help: LocalizedText(es: "ponga las fechas de las fases en el orden en que el conjunto de reglas las lista",
                                        en: "date the phases in the order the rule set lists them")))
            } else {
                latest = entry
            }
        }
        return found
    }
}
