public import AperturaSource

/// What a rule set encodes: the instrument, who issued it, when, and whether it is in force.
public struct RuleSetInfo: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case inForce = "in_force"
        case superseded
        case draft
    }

    public var id: String
    public var version: String
    public var name: LocalizedText
    public var instrument: LocalizedText
    public var issuer: LocalizedText
    public var approved: Day?
    public var horizon: Int?
    public var status: Status
    public var legalBasis: LocalizedText?
    /// The laws and instruments that ground `legalBasis`, each cited like any other content.
    public var legalSources: [Citation]
    public var source: Citation
    public var range: SourceRange
    /// Where `id` is written.
    public var idRange: SourceRange?

    public init(
        id: String, version: String, name: LocalizedText, instrument: LocalizedText, issuer: LocalizedText,
        approved: Day?, horizon: Int?, status: Status, legalBasis: LocalizedText?,
        legalSources: [Citation] = [], source: Citation, range: SourceRange
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.instrument = instrument
        self.issuer = issuer
        self.approved = approved
        self.horizon = horizon
        self.status = status
        self.legalBasis = legalBasis
        self.legalSources = legalSources
        self.source = source
        self.range = range
    }
}
