/// How scores and ratios print: two decimals, or a dash when there is none.
public enum ScoreFormat {
    public static func score(_ x: Double?) -> String {
        guard let x else { return "—" }
        let scaled = (x * 100).rounded()
        // Under the `indicator` model the score is an indicator's value, which may be negative or far past 1:
        // past 9e15 hundredths (or not a number) it is written as Swift spells it rather than trap in a conversion.
        guard scaled.magnitude < 9e15, let hundredths = Int64(exactly: scaled) else { return String(x) }
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A rule's gain as every report and `explain` say it: two decimals, with its sign ("+0.03").
    public static func gain(_ x: Double) -> String {
        "+" + score(x)
    }
}
