/// The full range a population goal's bar is drawn on, by the unit of its value.
enum GoalScale {
    /// The value of a full bar: 1 for a ratio or the share of "yes" of a yes/no indicator, 100 for a percentage
    /// or a 0–100 score; nil for a unit with no fixed top (an index, a count, or none given).
    static func fullRange(unit: String?) -> Double? {
        switch unit {
        case "ratio", "boolean": 1
        case "percent", "score_100": 100
        default: nil
        }
    }
}
