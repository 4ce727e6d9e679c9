/// How scores and ratios print: two decimals, or a dash when there is none.
enum ScoreFormat {
    static func score(_ x: Double?) -> String {
        guard let x else { return "—" }
        let hundredths = Int((x * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func gain(_ x: Double) -> String {
        "+" + score(x)
    }
}
