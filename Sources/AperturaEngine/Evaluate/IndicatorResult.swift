import AperturaModel
public import AperturaSource

/// An indicator computed for one self-assessment: its value, or why there is none.
public enum IndicatorResult: Hashable, Sendable, Codable {
    case value(IndicatorValue)
    case notReported(missing: [String])
    case error(LocalizedText)

    public var value: IndicatorValue? {
        if case .value(let v) = self { return v }
        return nil
    }
}
