public import AperturaSource

/// Who a self-assessment is about.
public struct Institution: Hashable, Sendable, Codable {
    public var id: InstitutionID
    public var name: String
    public var kind: InstitutionKind
    public var order: GovernmentOrder
    /// The state slug; nil for federal institutions.
    public var state: String?
    public var population: Int?
    public var range: SourceRange
    /// Where the id is written: a repeat of the institution is reported there.
    public var idRange: SourceRange

    /// `idRange` defaults to the institution's `range`.
    public init(id: InstitutionID, name: String, kind: InstitutionKind, order: GovernmentOrder, state: String?, population: Int?,
                range: SourceRange, idRange: SourceRange? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.order = order
        self.state = state
        self.population = population
        self.range = range
        self.idRange = idRange ?? range
    }
}
