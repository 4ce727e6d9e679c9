/// Suggestions for a misspelt name: "did you mean ...?".
public enum Suggestion {
    /// The closest candidate within a small edit distance, or nil when nothing is close. It must keep some of
    /// what was written: as many edits as the name has characters ("SOS" or an empty column name for "ts") is no
    /// suggestion, however short both are. Case and the accents of Spanish vowels do not count (`Consolidación`
    /// is `consolidacion`). With nothing that close, a name that is the start of a single candidate, up to one of
    /// its words (`ficha_abramos` for `ficha_abramos_datos`), suggests it.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, name.count / 3)
        let written = folded(name)
        var best: (String, Int)?
        var prefixed: [String] = []
        for candidate in candidates where !candidate.allSatisfy(\.isWhitespace) {
            let target = folded(candidate)
            let distance = editDistance(written, target)
            if distance <= limit, distance < name.count, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
            if startsWholeWords(written, of: target), !prefixed.contains(candidate) { prefixed.append(candidate) }
        }
        return best?.0 ?? (prefixed.count == 1 ? prefixed[0] : nil)
    }

    /// Whether `name` (three characters or more) is how `candidate` begins, ending where one of its words does:
    /// before a `_`, `.` or `-`.
    static func startsWholeWords(_ name: String, of candidate: String) -> Bool {
        guard name.count >= 3, candidate.count > name.count, candidate.hasPrefix(name) else { return false }
        return ["_", ".", "-"].contains(candidate[candidate.index(candidate.startIndex, offsetBy: name.count)])
    }

    /// Lower case, without the accents of Spanish vowels (as `SpanishFolding`, which this module cannot see; `ñ` stays).
    static func folded(_ text: String) -> String {
        String(text.lowercased().map { c -> Character in
            switch c {
            case "á": "a"
            case "é": "e"
            case "í": "i"
            case "ó": "o"
            case "ú", "ü": "u"
            default: c
            }
        })
    }

    /// Edit distance over Unicode scalars, two neighbours swapped counting as one edit (`pia` is one from `pai`,
    /// as far as `mga` is from it otherwise): the optimal string alignment distance.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], beforePrevious[j - 2] + 1) }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
