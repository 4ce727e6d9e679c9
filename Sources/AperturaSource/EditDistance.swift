/// Suggestions for a misspelt name: "did you mean ...?".
public enum Suggestion {
    /// The closest candidate within a small edit distance, or nil when nothing is close. It must keep some of
    /// what was written: as many edits as the name has characters ("SOS" or an empty column name for "ts") is no
    /// suggestion, however short both are.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, name.count / 3)
        var best: (String, Int)?
        for candidate in candidates where !candidate.allSatisfy(\.isWhitespace) {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            if distance <= limit, distance < name.count, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
