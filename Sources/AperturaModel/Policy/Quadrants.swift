public import AperturaSource

/// A reading of two indicators against one threshold, as the Métrica groups institutions.
public struct Quadrants: Hashable, Sendable, Codable {
    public enum Quadrant: String, Hashable, Sendable, Codable, CaseIterable {
        case highHigh = "high_high", highLow = "high_low", lowHigh = "low_high", lowLow = "low_low"
    }

    public var x: IndicatorID
    public var y: IndicatorID
    public var threshold: Double
    public var names: [Quadrant: LocalizedText]
    /// Where `x` and `y` name their indicators.
    public var xRange: SourceRange?
    public var yRange: SourceRange?

    public init(x: IndicatorID, y: IndicatorID, threshold: Double, names: [Quadrant: LocalizedText],
                xRange: SourceRange? = nil, yRange: SourceRange? = nil) {
        self.x = x
        self.y = y
        self.threshold = threshold
        self.names = names
        self.xRange = xRange
        self.yRange = yRange
    }

    /// "Above" the threshold is strictly above, as the Métrica reads it (a value within
    /// `NumericTolerance.epsilon` of it is the threshold itself).
    public func quadrant(x xValue: Double, y yValue: Double) -> Quadrant {
        let above = threshold + NumericTolerance.epsilon
        return switch (xValue > above, yValue > above) {
        case (true, true): .highHigh
        case (true, false): .highLow
        case (false, true): .lowHigh
        case (false, false): .lowLow
        }
    }
}
