public import AperturaModel
import AperturaExpressions

extension Evaluator {
    /// The form's sections that only rules out of scope for such an institution read, by the rule's own kinds and
    /// orders and by those of every policy entry that covers it: asking for them would ask for answers nothing
    /// judges (the PAI policy leaves open data out for parties and unions). A section no rule reads at all is asked
    /// as the form says. Without an order (a template for a kind of several orders), orders decide nothing.
    /// Conditions (`when`) are not weighed here: they may read answers, and a section is asked while a rule may need it.
    /// `phase`, the phase of the as-of date, decides whether an entry limited to some `phases` holds: the PAI policy
    /// exempts parties and unions from open data in its first phase only, so they are asked for it from the
    /// consolidation phase on. Nil (no date, as in the editor schema): such an entry counts as if it held.
    public func sectionsNotAsked(kind: InstitutionKind, order: GovernmentOrder?, phase: PhaseID?) -> Set<SectionID> {
        sectionsNotAsked(kind: kind, order: order, phase: phase) { _ in nil }
    }

    /// The same for one institution known whole, as `validate` knows it: a condition its identity alone decides is
    /// weighed too. A municipality of 25,130 inhabitants is not asked for open data, which the rules ask only of
    /// those of 70,000 or more (`institution.population >= 70000`); one that gives no population still is
    /// (`!has(institution.population)`: leaving it out exempts no one). `phase` as above.
    public func sectionsNotAsked(for institution: Institution, phase: PhaseID?) -> Set<SectionID> {
        var texts = ["institution.id": institution.id.rawValue, "institution.name": institution.name,
                     "institution.kind": institution.kind.rawValue, "institution.order": institution.order.rawValue]
        var numbers: [String: Double] = [:], absent: Set<String> = []
        if let state = institution.state { texts["institution.state"] = state } else { absent.insert("institution.state") }
        if let population = institution.population { numbers["institution.population"] = Double(population) } else { absent.insert("institution.population") }
        return sectionsNotAsked(kind: institution.kind, order: institution.order, phase: phase) { when in
            KnownNamesCondition.decide(when.text, known: texts, numbers: numbers, absent: absent)
        }
    }

    /// The same for a kind of any order with `population` inhabitants (nil: a population not given), for the editor
    /// schema: conditions on the kind and the population are weighed. The schema knows no date: an entry limited to
    /// some `phases` counts as if it held (parties and unions are not required to answer open data, which the PAI
    /// policy exempts them from in its first phase only).
    public func sectionsNotAsked(kind: InstitutionKind, population: Int?) -> Set<SectionID> {
        let texts = ["institution.kind": kind.rawValue]
        let numbers = population.map { ["institution.population": Double($0)] } ?? [:]
        let absent: Set<String> = population == nil ? ["institution.population"] : []
        return sectionsNotAsked(kind: kind, order: nil, phase: nil) { when in
            KnownNamesCondition.decide(when.text, known: texts, numbers: numbers, absent: absent)
        }
    }

    /// The populations at which a condition may change its mind: each whole number its conditions write, and the
    /// ones either side of it (`>= 70000` changes at 70,000, `> 70000` at 70,001), from 1 up, in order. Between two
    /// of them every condition that compares the population with a number decides alike.
    public var populationThresholds: [Int] {
        var found: Set<Int> = [1]
        let conditions = compiled.rules.compactMap(\.rule.appliesTo.when) + policy.applicability.compactMap(\.appliesTo.when)
        for condition in conditions where condition.text.contains("institution.population") {
            for number in condition.text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap({ Int($0) }) where number < Int.max - 1 {
                found.formUnion([number - 1, number, number + 1].filter { $0 >= 1 })
            }
        }
        return found.sorted()
    }

    /// `decide`: whether a `when` condition holds, when the known facts decide it (nil when they do not).
    private func sectionsNotAsked(
        kind: InstitutionKind, order: GovernmentOrder?, phase: PhaseID?, decide: (ExpressionSource) -> Bool?
    ) -> Set<SectionID> {
        func matches(_ scope: Applicability) -> Bool {
            (scope.kinds?.contains(kind) ?? true) && (order.map { scope.orders?.contains($0) ?? true } ?? true)
                && (scope.when.map { decide($0) != false } ?? true)
        }
        // An entry that does not hold in the phase leaves no one out, as when a rule is judged.
        func admits(_ entry: Int) -> Bool {
            let entry = policy.applicability[entry]
            return !entry.holds(in: phase) || matches(entry.appliesTo)
        }
        var asked: Set<SectionID> = [], idle: Set<SectionID> = []
        for (index, item) in compiled.rules.enumerated() {
            let inScope = matches(item.rule.appliesTo) && policyEntries[index].allSatisfy(admits)
            for read in item.reads {
                if inScope { asked.insert(read.section) } else { idle.insert(read.section) }
            }
        }
        return idle.subtracting(asked)
    }
}
