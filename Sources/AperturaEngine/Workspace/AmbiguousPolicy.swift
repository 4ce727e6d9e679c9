public import AperturaSource

/// No `--policy`, and the search folders hold policies of different ids for the rule set: which one applies is the
/// user's choice, not the order of file names (a draft in the current folder used to replace the bundled policy
/// unseen, and change an institution's level).
public struct AmbiguousPolicy: Error, Hashable, Sendable {
    public var ruleSet: String
    /// Every candidate, in search order (at least two, of two ids or more).
    public var candidates: [PolicyCandidate]

    public init(ruleSet: String, candidates: [PolicyCandidate]) {
        self.ruleSet = ruleSet
        self.candidates = candidates
    }

    /// `ambiguous_policy`, at the id of the first candidate (the one that used to be taken), listing them all.
    public var diagnostic: Diagnostic {
        let listed = candidates.map { "\($0.path) (id: \($0.id.isEmpty ? "—" : $0.id))" }.joined(separator: ", ")
        return .error(
            "ambiguous_policy",
            LocalizedText(es: "hay más de una política para el conjunto de reglas «\(ruleSet)», y no se indicó cuál usar: \(listed)",
                          en: "there is more than one policy for rule set '\(ruleSet)', and none was chosen: \(listed)"),
            at: candidates.first?.idRange,
            help: LocalizedText(es: "elija una con --policy, p. ej. --policy \(candidates[0].path); o quite de Policies/ la que sobre",
                                en: "choose one with --policy, e.g. --policy \(candidates[0].path); or remove the one not wanted from Policies/"))
    }
}
