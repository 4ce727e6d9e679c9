import AperturaSource

/// The running aggregates of a batch, fed one result at a time in input order (so sums, and so the
/// summary, are identical whatever the number of jobs). Its size depends on the rule set and on the
/// number of groups, never on the number of institutions.
public struct BatchAggregate: Sendable {
    public static let histogramBins = 10

    let layout: BatchLayout
    var evaluated = 0
    var invalid = 0
    var errorRows = 0
    /// Lines with text of the tables an error ended, not read (each table's rest is also one invalid input).
    var unreadLines = 0
    var errorCodes: [String: Int] = [:]
    /// The first error of each code, for the report (not in summary.json).
    var errorExamples: [String: ErrorExample] = [:]
    var warningRows = 0
    var evaluatedWithWarnings = 0
    /// Institutions with a score that counts rules not reported as not met (`not_reported` in warnings.csv).
    var scoredWithUnreported = 0
    var all = GroupAccumulator()
    var minScore: Double?
    var maxScore: Double?
    var histogram = [Int](repeating: 0, count: histogramBins)
    var byState: [String: GroupAccumulator] = [:]
    var byOrder: [String: GroupAccumulator] = [:]
    var byKind: [String: GroupAccumulator] = [:]
    var quadrants: [String: Int] = [:]
    var objectiveSums: [Double]
    var objectiveCounts: [Int]
    var indicatorSums: [Double]
    var indicatorCounts: [Int]
    var rules: [RuleTally]

    public init(layout: BatchLayout) {
        self.layout = layout
        objectiveSums = Array(repeating: 0, count: layout.objectives.count)
        objectiveCounts = Array(repeating: 0, count: layout.objectives.count)
        indicatorSums = Array(repeating: 0, count: layout.indicators.count)
        indicatorCounts = Array(repeating: 0, count: layout.indicators.count)
        rules = Array(repeating: RuleTally(), count: layout.rules.count)
    }

    /// The key federal institutions (no state) are grouped under.
    public static let federalKey = "federal"

    public mutating func add(_ result: InstitutionResult) {
        evaluated += 1
        warningRows += result.warnings.count
        if !result.warnings.isEmpty { evaluatedWithWarnings += 1 }
        all.add(result)
        if let score = result.score {
            if result.outcomes.contains(.notReported) { scoredWithUnreported += 1 }
            minScore = Swift.min(minScore ?? score, score)
            maxScore = Swift.max(maxScore ?? score, score)
            histogram[Self.bin(of: score)] += 1
        }
        byState[result.institution.state ?? Self.federalKey, default: GroupAccumulator()].add(result)
        byOrder[result.institution.order.rawValue, default: GroupAccumulator()].add(result)
        byKind[result.institution.kind.rawValue, default: GroupAccumulator()].add(result)
        if let quadrant = result.quadrant { quadrants[quadrant.rawValue, default: 0] += 1 }
        for (i, score) in result.objectiveScores.enumerated() {
            if let score { objectiveSums[i] += score; objectiveCounts[i] += 1 }
        }
        for (i, value) in result.indicatorValues.enumerated() {
            if let value { indicatorSums[i] += value; indicatorCounts[i] += 1 }
        }
        for (i, code) in result.outcomes.enumerated() { rules[i].add(code) }
    }

    /// The score's bin, taken from the score as published (six decimals): a score that is 0.4 by its formula
    /// but a hair below in binary (0.39999999999999997) is counted from 0.4, where every output shows it.
    /// A score outside 0 to 1 (an indicator's value, under the `indicator` model, may be anything) goes to the
    /// first or the last bin: clamped before it is made an integer, which would trap past `Int.max`.
    static func bin(of score: Double) -> Int {
        let scaled = (round6(score) * Double(histogramBins)).rounded(.down)
        guard scaled >= 0 else { return 0 }
        return scaled < Double(histogramBins) ? Int(scaled) : histogramBins - 1
    }

    public mutating func add(_ failure: BatchFailure) {
        invalid += 1
        errorRows += failure.diagnostics.count
        unreadLines += failure.unreadLines
        for diagnostic in failure.diagnostics {
            errorCodes[diagnostic.code, default: 0] += 1
            if errorExamples[diagnostic.code] == nil {
                let start = diagnostic.range?.start
                let place = [HiddenCharacters.shownName(start?.file ?? failure.file), start.map { String($0.line) } ?? failure.line.map(String.init),
                             start.map { String($0.column) }].compactMap { $0 }.joined(separator: ":")
                errorExamples[diagnostic.code] = ErrorExample(message: diagnostic.message, place: place)
            }
        }
    }
}
