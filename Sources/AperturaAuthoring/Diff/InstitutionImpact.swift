import AperturaReports

/// How one institution's evaluation changes from the old rule set to the new one.
public struct InstitutionImpact: Hashable, Sendable, Codable {
    public var file: String
    public var institutionID: String
    public var institution: String
    public var oldScore: Double?
    public var newScore: Double?
    public var oldLevel: String?
    public var newLevel: String?
    public var oldRatio: Double?
    public var newRatio: Double?
    /// Rules whose outcome code differs (a rule present in one version only counts too, unless it does not apply there).
    public var changedRules: [String]

    public init(
        file: String, institutionID: String, institution: String, oldScore: Double?, newScore: Double?, oldLevel: String?,
        newLevel: String?, oldRatio: Double?, newRatio: Double?, changedRules: [String]
    ) {
        self.file = file
        self.institutionID = institutionID
        self.institution = institution
        self.oldScore = oldScore
        self.newScore = newScore
        self.oldLevel = oldLevel
        self.newLevel = newLevel
        self.oldRatio = oldRatio
        self.newRatio = newRatio
        self.changedRules = changedRules
    }

    /// As the outputs publish it: scores and ratios cut down to four decimals (not rounded), as `batch` and `evaluate`
    /// write theirs, so that no figure reads as past a threshold its level did not reach; the text, the CSV and the
    /// JSON then say the same figures, and an institution whose score moved less than that is among those unchanged.
    public var published: InstitutionImpact {
        var copy = self
        let cut = PublishedFigure.fourDecimals
        (copy.oldScore, copy.newScore) = (oldScore.map(cut), newScore.map(cut))
        (copy.oldRatio, copy.newRatio) = (oldRatio.map(cut), newRatio.map(cut))
        return copy
    }

    /// New score minus old; nil when either is undetermined.
    public var delta: Double? {
        guard let oldScore, let newScore else { return nil }
        return newScore - oldScore
    }

    public var levelChanged: Bool { oldLevel != newLevel }

    /// A score that appears or disappears changed; no score in either version did not.
    public var scoreChanged: Bool { delta.map { abs($0) > 1e-12 } ?? (oldScore != nil || newScore != nil) }

    /// The CSV's `kind` of an institution row, which the text's groups follow: `level_changed`, else `score_changed`,
    /// else `unchanged` (rules may still change outcome without moving score or level).
    public var category: String { levelChanged ? "level_changed" : scoreChanged ? "score_changed" : "unchanged" }
}
