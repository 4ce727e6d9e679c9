public import AperturaSource

/// A policy file of the search folders that evaluates a given rule set: a candidate for the default policy.
public struct PolicyCandidate: Hashable, Sendable {
    public var path: String
    /// Its `id`, as written ("" when it has none).
    public var id: String
    /// Where the id is written (the document's start without one): where the choice is said to be ambiguous.
    public var idRange: SourceRange

    public init(path: String, id: String, idRange: SourceRange) {
        self.path = path
        self.id = id
        self.idRange = idRange
    }
}
