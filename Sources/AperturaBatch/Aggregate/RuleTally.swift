/// How many institutions got each outcome of one rule.
struct RuleTally: Sendable {
    var counts = [Int](repeating: 0, count: OutcomeCode.allCases.count)

    mutating func add(_ code: OutcomeCode) { counts[Int(code.rawValue)] += 1 }

    func count(_ code: OutcomeCode) -> Int { counts[Int(code.rawValue)] }
    /// Waived institutions are left out, as those to which the rule does not apply.
    var applicable: Int { counts.reduce(0, +) - count(.notApplicable) - count(.waived) }
    var gaps: Int { applicable - count(.met) }
    var passRate: Double? { applicable == 0 ? nil : Double(count(.met)) / Double(applicable) }
}
