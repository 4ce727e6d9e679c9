/// Counts and score sums of one group of institutions (a state, an order of government, a kind).
struct GroupAccumulator: Sendable {
    var count = 0
    var scored = 0
    var scoreSum = 0.0
    /// Institutions at each level, by level id; "" for no level.
    var levels: [String: Int] = [:]

    mutating func add(_ result: InstitutionResult) {
        count += 1
        if let score = result.score {
            scored += 1
            scoreSum += score
        }
        levels[result.level?.rawValue ?? "", default: 0] += 1
    }

    var meanScore: Double? { scored == 0 ? nil : scoreSum / Double(scored) }
}
