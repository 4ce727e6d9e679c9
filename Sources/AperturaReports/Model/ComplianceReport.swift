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
    /// Said when the rule set or the policy is a draft: the report is then no official evaluation; nil otherwise.
    public var draft: String?
    public var asOf: String
    /// The period the self-assessment reports (`YYYY-MM-DD` start and end); nil when it gives none.
    public var period: PeriodSummary?
    public var phase: PhaseSummary
    public var nextPhase: PhaseSummary?
    public var score: Double?
    public var weightedScore: Double?
    public var ratio: Double?
    public var rulesApplicable: Int
    public var rulesMet: Int
    /// Rules that apply and could not be judged for want of answers: a report with any is not ready to deliver.
    public var rulesNotReported: Int
    /// Rules the policy waives for this institution on the as-of date: out of the score, like those that do not apply.
    public var rulesWaived: Int = 0
    public var level: LevelSummary?
    public var quadrant: NamedValue?
    /// What a reader must know before trusting the figures (a period not closed on the as-of date), each with its code.
    public var warnings: [WarningLine] = []
    public var objectives: [ObjectiveLine]
    public var findings: [Finding]
    public var gaps: [GapLine]
    /// The waived rules, with when each is evaluated again: part of the gap view.
    public var waived: [WaivedLine] = []
    public var indicators: [IndicatorLine]

    enum CodingKeys: String, CodingKey {
        case schema, language, file, institution
        case ruleSet = "rule_set"
        case policy, draft
        case asOf = "as_of"
        case period, phase
        case nextPhase = "next_phase"
        case score
        case weightedScore = "weighted_score"
        case ratio
        case rulesApplicable = "rules_applicable"
        case rulesMet = "rules_met"
        case rulesNotReported = "rules_not_reported"
        case rulesWaived = "rules_waived"
        case level, quadrant, warnings, objectives, findings, gaps, waived, indicators
    }

    /// The key a partial view adds; not a stored property, so it stays out of `CodingKeys` (and of decoding).
    enum ViewKey: String, CodingKey { case view }

    /// Written by hand so that `score`, `weighted_score`, `ratio`, `level` and `quadrant`, documented as
    /// "number or null" / "object or null", are `null` when there is none rather than left out.
    public func encode(to encoder: any Encoder) throws {
        try encode(to: encoder, view: .all)
    }

    /// One view of the report: `compliance` leaves out `gaps`, `gaps` leaves out `objectives` and `findings`,
    /// and a partial view says which it is (`view`), so that a reader does not take a missing key for an empty one.
    func encode(to encoder: any Encoder, view: ReportView) throws {
        if view != .all {
            var v = encoder.container(keyedBy: ViewKey.self)
            try v.encode(view, forKey: .view)
        }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(language, forKey: .language)
        try c.encode(file, forKey: .file)
        try c.encode(institution, forKey: .institution)
        try c.encode(ruleSet, forKey: .ruleSet)
        try c.encode(policy, forKey: .policy)
        try c.encode(draft, forKey: .draft)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(period, forKey: .period)
        try c.encode(phase, forKey: .phase)
        try c.encodeIfPresent(nextPhase, forKey: .nextPhase)
        try c.encode(score, forKey: .score)
        try c.encode(weightedScore, forKey: .weightedScore)
        try c.encode(ratio, forKey: .ratio)
        try c.encode(rulesApplicable, forKey: .rulesApplicable)
        try c.encode(rulesMet, forKey: .rulesMet)
        try c.encode(rulesNotReported, forKey: .rulesNotReported)
        try c.encode(rulesWaived, forKey: .rulesWaived)
        try c.encode(level, forKey: .level)
        try c.encode(quadrant, forKey: .quadrant)
        try c.encode(warnings, forKey: .warnings)
        if view.showsCompliance {
            try c.encode(objectives, forKey: .objectives)
            try c.encode(findings, forKey: .findings)
        }
        if view.showsGaps {
            try c.encode(gaps, forKey: .gaps)
            try c.encode(waived, forKey: .waived)
        }
        try c.encode(indicators, forKey: .indicators)
    }
}

/// The period a self-assessment reports, as written in its `period:`.
public struct PeriodSummary: Codable, Hashable, Sendable {
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }
}

/// A warning the report gives before its figures: a stable code and what it means, in the report's language;
/// for one about an answer (`fraction_on_percent_scale`), where it is (`file:line:column`) and what to do.
public struct WarningLine: Codable, Hashable, Sendable {
    public var code: String
    public var message: String
    public var location: String?
    public var help: String?

    public init(code: String, message: String, location: String? = nil, help: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.help = help
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
