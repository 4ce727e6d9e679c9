/// One institution's report: compliance (every rule's outcome) and gaps (what to close, by when),
/// two views of the same value. Its JSON form is versioned by `schema` (see docs/REPORT.md).
public struct ComplianceReport: Codable, Hashable, Sendable {
    public static let schemaVersion = "apertura.report/1"

    public var schema: String = ComplianceReport.schemaVersion
    public var language: String
    public var file: String
    public var institution: InstitutionSummary
    public var ruleSet: RuleSetSummary
    public var policy: PolicySummary
    public var asOf: String
    public var phase: PhaseSummary
    public var nextPhase: PhaseSummary?
    public var score: Double?
    public var weightedScore: Double?
    public var ratio: Double?
    public var rulesApplicable: Int
    public var rulesMet: Int
    public var level: NamedValue?
    public var quadrant: NamedValue?
    public var objectives: [ObjectiveLine]
    public var findings: [Finding]
    public var gaps: [GapLine]
    public var indicators: [IndicatorLine]

    enum CodingKeys: String, CodingKey {
        case schema, language, file, institution
        case ruleSet = "rule_set"
        case policy
        case asOf = "as_of"
        case phase
        case nextPhase = "next_phase"
        case score
        case weightedScore = "weighted_score"
        case ratio
        case rulesApplicable = "rules_applicable"
        case rulesMet = "rules_met"
        case level, quadrant, objectives, findings, gaps, indicators
    }
}

/// An id with its name in the report's language.
public struct NamedValue: Codable, Hashable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
