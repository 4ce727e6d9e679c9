/// A score, objective score or ratio as every output publishes it: four decimals cut down, not rounded (`floor4`), so
/// that no figure reads as past a threshold its level did not reach. For outputs outside this module (`diff`).
public enum PublishedFigure {
    public static func fourDecimals(_ x: Double) -> Double { floor4(x) }
}
