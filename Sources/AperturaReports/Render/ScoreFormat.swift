import AperturaModel

/// How scores and ratios print: two decimals, or a dash when there is none.
public enum ScoreFormat {
    /// A score, objective score or ratio cut DOWN to the hundredth: rounded to the nearest, 0.5952 would print
    /// "0.60" beside the level below 0.6. Within `NumericTolerance.epsilon` below a hundredth it is that hundredth,
    /// as the levels take a score that close to a threshold for the threshold (0.6 computed as 0.59999999999 is
    /// "0.60", as its level is the one from 0.6); the same margin absorbs binary noise (0.29 × 100 = 28.999…).
    public static func score(_ x: Double?) -> String {
        guard let x else { return "—" }
        return hundredths((x * 100 + NumericTolerance.epsilon * 100).rounded(.down), x)
    }

    /// A rule's gain as every report and `explain` say it: two decimals, with its sign ("+0.03"). Rounded to the
    /// nearest: it is a difference, compared with no threshold, and cut down a small gain would read "+0.00".
    public static func gain(_ x: Double) -> String {
        "+" + hundredths((x * 100).rounded(), x)
    }

    /// `scaled` hundredths as "0.60".
    private static func hundredths(_ scaled: Double, _ x: Double) -> String {
        // Under the `indicator` model the score is an indicator's value, which may be negative or far past 1:
        // past 9e15 hundredths (or not a number) it is written as Swift spells it rather than trap in a conversion.
        guard scaled.magnitude < 9e15, let hundredths = Int64(exactly: scaled) else { return String(x) }
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
