/// The first condition of a yes/no rule's `&&` chain (its check's, or its indicator's) that is false, when the
/// rule is not met: what made it so, and the answers that condition reads, where the gap is closed. Comité
/// installed with nobody from the public: `comite.integrantes_publico >= 1`, not `comite.instalado`.
public struct FailedCondition: Hashable, Sendable {
    /// The condition as written in the rule set.
    public var text: String
    /// The answers it reads, in the form's order, with their place (none when it reads only other indicators).
    public var reads: [AnswerRead]

    public init(text: String, reads: [AnswerRead]) {
        self.text = text
        self.reads = reads
    }
}
