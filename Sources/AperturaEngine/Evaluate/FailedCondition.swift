/// The first condition of a yes/no rule's `&&` chain (its check's, or its indicator's) that is false, when the
/// rule is not met: what made it so, and the answers that condition reads, where the gap is closed. Comité
/// installed with nobody from the public: `comite.integrantes_publico >= 1`, not `comite.instalado`.
///
/// A condition that reads only another yes/no indicator that is false (`indicators.comite_integrado`) is followed
/// into that indicator's own chain: the condition is then the indicator's first false one, reached `through` it.
/// When that indicator is no chain, the condition stays the reference, and its answers are the indicator's.
public struct FailedCondition: Hashable, Sendable {
    /// The condition as written in the rule set.
    public var text: String
    /// The answers it reads, with their place (none when it reads only indicators that cannot be followed): in
    /// the order it reads them, or the form's order for the answers of an indicator that is no chain.
    public var reads: [AnswerRead]
    /// The conditions followed to reach it, outermost first (`indicators.comite_integrado`); empty when it is a
    /// condition of the rule's own chain.
    public var through: [String]

    public init(text: String, reads: [AnswerRead], through: [String] = []) {
        self.text = text
        self.reads = reads
        self.through = through
    }
}
