import AperturaReports

/// `summary.json`: the aggregates of a batch and the population goals evaluated on them.
/// Keys are snake_case and sorted when encoded; `schema` names the version of this shape.
public struct BatchSummary: Sendable, Hashable, Codable {
    public static let schemaVersion = "apertura.batch.summary/1"

    public var schema = BatchSummary.schemaVersion
    /// The version of the tool that wrote it (added within version 1).
    public var toolVersion = ToolVersion.current
    public var language: String
    public var asOf: String
    public var phase: String
    /// The phase's name in the summary's language (added within version 1).
    public var phaseName: String
    /// The phase's dates and whether they are `official` or `proposed` (added within version 1).
    public var phaseStart: String
    public var phaseEnd: String
    public var phaseStatus: String
    /// Present when the rule set or the policy is a draft: what the reports say of it (added within version 1).
    public var draft: String?
    public var ruleSet: Named
    public var policy: Named
    public var counts: Counts
    public var score: ScoreStats
    public var levels: [Count]
    public var quadrants: [Count]
    public var byState: [Group]
    public var byOrder: [Group]
    public var byKind: [Group]
    public var objectives: [Mean]
    public var indicators: [Mean]
    public var rules: [RuleStats]
    /// The rules most often not met, most frequent first.
    public var topGaps: [Gap]
    public var populationGoals: [PopulationGoalResult]
    /// Error rows by diagnostic code.
    public var errorCodes: [String: Int]

    public struct Named: Sendable, Hashable, Codable {
        public var id: String
        public var version: String
        public var name: String
        /// `in_force`, `superseded` or `draft` (added within version 1).
        public var status: String
    }

    public struct Counts: Sendable, Hashable, Codable {
        /// Every input accounted for: evaluated + invalid.
        public var inputs: Int
        public var evaluated: Int
        public var invalid: Int
        /// Rows of errors.csv (an invalid input can have several).
        public var errorRows: Int
        /// Evaluated institutions whose score could not be determined.
        public var notScored: Int
        /// Evaluated institutions with a score that counts rules not reported (answers missing) as not met.
        public var notReported: Int
        /// Rows of warnings.csv, and the evaluated institutions they concern.
        public var warningRows: Int
        public var withWarnings: Int
        /// Lines with text of the CSV tables that an error ended (a quote left open, text after a closing quote, a
        /// record over 1 MiB), from the cut record's line to the table's end: not read, so not among the inputs, whose
        /// count has each such rest as one invalid input (added within version 1).
        public var unreadLines: Int
    }

    public struct ScoreStats: Sendable, Hashable, Codable {
        public var mean: Double?
        public var min: Double?
        public var max: Double?
        public var scored: Int
        public var histogram: [Bin]
    }

    public struct Bin: Sendable, Hashable, Codable {
        public var from: Double
        public var to: Double
        public var count: Int
    }

    public struct Count: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var count: Int
        /// A level's thresholds, `official` or `proposed` (added within version 1); none for a quadrant or "no level".
        public var status: String? = nil
    }

    public struct Group: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var count: Int
        public var scored: Int
        public var meanScore: Double?
        public var levels: [String: Int]
    }

    public struct Mean: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// An indicator's unit (`ratio`, `boolean`, `count`…); none for an objective's score.
        public var unit: String?
        public var mean: Double?
        public var count: Int
    }

    public struct RuleStats: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var objective: String
        public var applicable: Int
        public var met: Int
        public var notMet: Int
        public var notReported: Int
        public var missingEvidence: Int
        public var error: Int
        /// Institutions for which the policy waives the rule on the as-of date: not in `applicable` (added within version 1).
        public var waived: Int
        public var passRate: Double?
    }

    public struct Gap: Sendable, Hashable, Codable {
        public var rule: String
        public var name: String
        public var count: Int
        /// Among the institutions the rule applies to.
        public var share: Double?
    }

    public struct PopulationGoalResult: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// `mean` or `share_met`.
        public var aggregate: String
        /// The indicator (mean) or rule (share_met) it aggregates.
        public var of: String
        public var direction: String
        /// The unit of `actual`, `target` and `baseline`: `ratio` (0 to 1) for `share_met`, the indicator's own for `mean`.
        public var unit: String
        public var actual: Double?
        /// How many institutions the actual value is computed over.
        public var population: Int
        public var target: Double?
        /// `official` or `proposed`.
        public var status: String?
        /// Nil when there is no goal for the phase or no actual value.
        public var met: Bool?
        public var baseline: Double?
        public var baselineYear: Int?
    }
}
