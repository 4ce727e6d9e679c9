public import AperturaSource

/// A measure computed from a self-assessment's answers.
public struct Indicator: Hashable, Sendable, Codable {
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case ratio, percent
        case score100 = "score_100"
        case count, boolean, index
    }

    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        case increase, decrease
    }

    public enum IndicatorClass: String, Hashable, Sendable, Codable, CaseIterable {
        case management, effect
    }

    public enum Periodicity: String, Hashable, Sendable, Codable, CaseIterable {
        case annual, biennial, once
    }

    public var id: IndicatorID
    public var objective: ObjectiveID
    public var name: LocalizedText
    public var description: LocalizedText?
    public var unit: Unit
    public var direction: Direction
    public var indicatorClass: IndicatorClass
    public var periodicity: Periodicity
    public var value: ExpressionSource
    /// A yes/no condition over the same answers that must hold for `value` to mean anything (answers that do
    /// not contradict one another); when it is false the indicator has no value but an error.
    public var validWhen: ExpressionSource?
    public var baseline: Baseline?
    public var source: Citation
    public var range: SourceRange
    /// Where `objective` is written, for a diagnostic about the id it names.
    public var objectiveRange: SourceRange?

    public init(
        id: IndicatorID, objective: ObjectiveID, name: LocalizedText, description: LocalizedText?, unit: Unit,
        direction: Direction, indicatorClass: IndicatorClass, periodicity: Periodicity, value: ExpressionSource,
        baseline: Baseline?, source: Citation, range: SourceRange
    ) {
        self.id = id
        self.objective = objective
        self.name = name
        self.description = description
        self.unit = unit
        self.direction = direction
        self.indicatorClass = indicatorClass
        self.periodicity = periodicity
        self.value = value
        self.baseline = baseline
        self.source = source
        self.range = range
    }
}
