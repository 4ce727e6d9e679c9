public import AperturaModel

/// The score of one objective: the weighted mean of its applicable rules' credits.
public struct ObjectiveScore: Hashable, Sendable, Codable {
    public var objective: ObjectiveID
    /// Nil when no rule of the objective applies.
    public var score: Double?
    public var weight: Double
    public var rulesApplicable: Int
    public var rulesMet: Int

    public init(objective: ObjectiveID, score: Double?, weight: Double, rulesApplicable: Int, rulesMet: Int) {
        self.objective = objective
        self.score = score
        self.weight = weight
        self.rulesApplicable = rulesApplicable
        self.rulesMet = rulesMet
    }
}
