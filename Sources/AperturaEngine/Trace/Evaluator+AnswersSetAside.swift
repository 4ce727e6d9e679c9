public import AperturaModel

extension Evaluator {
    /// The sections `rule` reads in which `assessment` gives at least one answer, in the order the rule reads them:
    /// what an exemption sets aside unjudged, which `explain` says so that answers written in do not seem lost.
    public func answeredSections(readBy rule: RuleID, in assessment: Assessment) -> [SectionID] {
        guard let compiled = compiled.rules.first(where: { $0.rule.id == rule }) else { return [] }
        var seen: Set<SectionID> = []
        return compiled.reads.map(\.section).filter { section in
            guard assessment.sections[section]?.values.contains(where: { $0 != nil }) == true else { return false }
            return seen.insert(section).inserted
        }
    }
}
