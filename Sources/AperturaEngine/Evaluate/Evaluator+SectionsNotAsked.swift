public import AperturaModel

extension Evaluator {
    /// The form's sections that only rules out of scope for such an institution read, by the rule's own kinds and
    /// orders and by those of every policy entry that covers it: asking for them would ask for answers nothing
    /// judges (the PAI policy leaves open data out for parties and unions). A section no rule reads at all is asked
    /// as the form says. Without an order (a template for a kind of several orders), orders decide nothing.
    /// Conditions (`when`) are not weighed: they may read answers, and a section is asked while a rule may need it.
    public func sectionsNotAsked(kind: InstitutionKind, order: GovernmentOrder?) -> Set<SectionID> {
        func matches(_ scope: Applicability) -> Bool {
            (scope.kinds?.contains(kind) ?? true) && (order.map { scope.orders?.contains($0) ?? true } ?? true)
        }
        var asked: Set<SectionID> = [], idle: Set<SectionID> = []
        for (index, item) in compiled.rules.enumerated() {
            let inScope = matches(item.rule.appliesTo) && policyEntries[index].allSatisfy { matches(policy.applicability[$0].appliesTo) }
            for read in item.reads {
                if inScope { asked.insert(read.section) } else { idle.insert(read.section) }
            }
        }
        return idle.subtracting(asked)
    }
}
