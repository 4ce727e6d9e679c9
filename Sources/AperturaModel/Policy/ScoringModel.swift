public import AperturaSource

/// How a policy turns rule outcomes into a score between 0 and 1.
public struct ScoringModel: Hashable, Sendable, Codable {
    public enum Model: Hashable, Sendable, Codable {
        /// Weighted mean of rule credits within each objective, then of objectives.
        case weightedRules
        /// The score is the value of one indicator (for example the Métrica's GA index).
        case indicator(IndicatorID)
    }

    public enum Credit: String, Hashable, Sendable, Codable, CaseIterable {
        /// A rule counts 1 when met, 0 otherwise.
        case binary
        /// A numeric gap on an increasing goal earns actual/target, capped at 1.
        case proportional
    }

    public var model: Model
    public var credit: Credit
    public var formula: LocalizedText
    public var objectiveWeights: [ObjectiveID: Double]
    /// Where each weighted objective is named, and where the indicator model names its indicator:
    /// an unknown id is reported there.
    public var objectiveWeightRanges: [ObjectiveID: SourceRange]
    public var indicatorRange: SourceRange?
    /// Where the weights mapping and the formula are written.
    public var objectiveWeightsRange: SourceRange?
    public var formulaRange: SourceRange?

    public init(
        model: Model, credit: Credit, formula: LocalizedText, objectiveWeights: [ObjectiveID: Double],
        objectiveWeightRanges: [ObjectiveID: SourceRange] = [:], indicatorRange: SourceRange? = nil,
        objectiveWeightsRange: SourceRange? = nil, formulaRange: SourceRange? = nil
    ) {
        self.model = model
        self.credit = credit
        self.formula = formula
        self.objectiveWeights = objectiveWeights
        self.objectiveWeightRanges = objectiveWeightRanges
        self.indicatorRange = indicatorRange
        self.objectiveWeightsRange = objectiveWeightsRange
        self.formulaRange = formulaRange
    }
}
