public import AperturaModel
public import AperturaSource

/// What a batch keeps of one evaluation: identity, scores, and per-rule and per-indicator values
/// aligned with the run's `BatchLayout`. Small, so a bounded window of them is cheap.
public struct InstitutionResult: Sendable, Hashable {
    public var file: String
    /// The line the self-assessment starts on (the document, or the CSV row).
    public var line: Int
    public var institution: Institution
    public var score: Double?
    public var ratio: Double?
    public var level: LevelID?
    public var quadrant: Quadrants.Quadrant?
    public var objectiveScores: [Double?]
    public var gapCount: Int
    public var outcomes: [OutcomeCode]
    public var indicatorValues: [Double?]
    /// The institution's own report, rendered when requested.
    public var report: String?
    /// What reading the self-assessment warned of (a fraction on a 0-to-100 scale, a placeholder given as
    /// evidence): evaluated as written, and listed in warnings.csv so that the oversight body sees it.
    public var warnings: [Diagnostic] = []

    public init(
        file: String, line: Int, institution: Institution, score: Double?, ratio: Double?, level: LevelID?,
        quadrant: Quadrants.Quadrant?, objectiveScores: [Double?], gapCount: Int, outcomes: [OutcomeCode],
        indicatorValues: [Double?], report: String?
    ) {
        self.file = file
        self.line = line
        self.institution = institution
        self.score = score
        self.ratio = ratio
        self.level = level
        self.quadrant = quadrant
        self.objectiveScores = objectiveScores
        self.gapCount = gapCount
        self.outcomes = outcomes
        self.indicatorValues = indicatorValues
        self.report = report
    }
}
