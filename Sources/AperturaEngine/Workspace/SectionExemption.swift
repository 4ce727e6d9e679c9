public import AperturaModel

/// Who is not asked for a form's section (`Evaluator.sectionsNotAsked`): whole kinds of institution (the PAI policy
/// leaves open data out for parties and unions), and, of the other kinds, those whose population lies in some
/// ranges (a municipio of fewer than 70,000 inhabitants, to which no open-data rule applies). The editor schema
/// requires the section of everyone else, as `validate` does.
public struct SectionExemption: Sendable, Equatable {
    public var kinds: Set<InstitutionKind> = []
    /// Closed ranges of inhabitants, by kind; an institution that gives no population is asked.
    public var populations: [InstitutionKind: [ClosedRange<Int>]] = [:]

    public init(kinds: Set<InstitutionKind> = [], populations: [InstitutionKind: [ClosedRange<Int>]] = [:]) {
        self.kinds = kinds
        self.populations = populations
    }
}
