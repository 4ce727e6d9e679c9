public import AperturaModel
import AperturaExpressions

extension Evaluator {
    /// The form's sections that only rules out of scope for such an institution read, by the rule's own kinds and
    /// orders and by those of every policy entry that covers it: asking for them would ask for answers nothing
    /// judges (the PAI policy leaves open data out for parties and unions). A section no rule reads at all is asked
    /// as the form says. Without an order (a template for a kind of several orders), orders decide nothing.
    /// Conditions (`when`) are not weighed here: they may read answers, and a section is asked while a rule may need it.
    public func sectionsNotAsked(kind: InstitutionKind, order: GovernmentOrder?) -> Set<SectionID> {
        sectionsNotAsked(kind: kind, order: order) { _ in nil }
    }

    /// The same for one institution known whole, as `validate` knows it: a condition its identity alone decides is
    /// weighed too. A municipality of 25,130 inhabitants is not asked for open data, which the rules ask only of
    /// those of 70,000 or more (`institution.population >= 70000`); one that gives no population still is
    /// (`!has(institution.population)`: leaving it out exempts no one).
    public func sectionsNotAsked(for institution: Institution) -> Set<SectionID> {
        var texts = ["institution.id": institution.id.rawValue, "institution.name": institution.name,
                     "institution.kind": institution.kind.rawValue, "institution.order": institution.order.rawValue]
        var numbers: [String: Double] = [:], absent: Set<String> = []
        if let state = institution.state { texts["institution.state"] = state } else { absent.insert("institution.state") }
        if let population = institution.population { numbers["institution.population"] = Double(population) } else { absent.insert("institution.population") }
        return sectionsNotAsked(kind: institution.kind, order: institution.order) { when in
            KnownNamesCondition.decide(when.text, known: texts, numbers: numbers, absent: absent)
        }
    }

    /// `decide`: whether a `when` condition holds, when the known facts decide it (nil when they do not).
    private func sectionsNotAsked(kind: InstitutionKind, order: GovernmentOrder?, decide: (ExpressionSource) -> Bool?) -> Set<SectionID> {
        func matches(_ scope: Applicability) -> Bool {
            (scope.kinds?.contains(kind) ?? true) && (order.map { scope.orders?.contains($0) ?? true } ?? true)
                && (scope.when.map { decide($0) != false } ?? true)
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
