/// The pieces of a `ComplianceReport`. Plain data, already in the report's language.
public struct InstitutionSummary: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: NamedValue
    public var order: NamedValue
    public var state: NamedValue?
    public var population: Int?
}

public struct RuleSetSummary: Codable, Hashable, Sendable {
    public var id: String
    public var version: String
    public var name: String
    public var instrument: String
    public var issuer: String
    public var status: String
}

public struct PolicySummary: Codable, Hashable, Sendable {
    public var id: String
    public var version: String
    public var name: String
    public var authority: String
    public var model: String
    /// `binary` or `proportional`: under proportional credit each rule's credit is shown.
    public var credit: String
    public var formula: String
    /// `in_force`, `superseded` or `draft`, as the rule set's.
    public var status: String
}

/// The level reached, and whether its thresholds are `official` or `proposed` (shown as such).
public struct LevelSummary: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var status: String

    public init(id: String, name: String, status: String) {
        self.id = id
        self.name = name
        self.status = status
    }
}

public struct PhaseSummary: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var start: String
    public var end: String
    /// `official` or `proposed`: proposed dates are shown as such.
    public var status: String
}

public struct ObjectiveLine: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var score: Double?
    public var weight: Double
    public var rulesApplicable: Int
    public var rulesMet: Int

    enum CodingKeys: String, CodingKey {
        case id, name, score, weight
        case rulesApplicable = "rules_applicable"
        case rulesMet = "rules_met"
    }

    /// `score` is `null` (not left out) when no rule of the objective applies, as docs/REPORT.md says.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(score, forKey: .score)
        try c.encode(weight, forKey: .weight)
        try c.encode(rulesApplicable, forKey: .rulesApplicable)
        try c.encode(rulesMet, forKey: .rulesMet)
    }
}

/// A goal as the report shows it: its target, whether it is official or proposed, and its source.
public struct GoalLine: Codable, Hashable, Sendable {
    public var phase: String
    public var target: String
    public var status: String
    public var source: String?
    /// The source citation's note (a document not at hand, a section only described), in the report's language.
    public var sourceNote: String?
    public var rationale: String?

    enum CodingKeys: String, CodingKey {
        case phase, target, status, source
        case sourceNote = "source_note"
        case rationale
    }
}

/// One rule's outcome, pointing at the rule that judged and the answers it read.
public struct Finding: Codable, Hashable, Sendable {
    public var rule: String
    public var name: String
    public var objective: String
    public var indicator: String?
    public var outcome: String
    public var outcomeLabel: String
    public var value: String?
    public var goal: GoalLine?
    public var distance: Double?
    /// The distance as the report shows it, in the unit its value is shown in ("3.08 puntos porcentuales").
    public var distanceText: String?
    /// Why it does not apply, what is missing, or what went wrong.
    public var detail: String?
    public var weight: Double
    public var credit: Double?
    public var gain: Double
    public var reads: [ReadLine]
    public var ruleLocation: String
    public var remediation: String?
    /// For a waived rule (`outcome` `waived`): until when, why, on what authority, and when it is evaluated again.
    public var waiver: WaiverLine?

    enum CodingKeys: String, CodingKey {
        case rule, name, objective, indicator, outcome
        case outcomeLabel = "outcome_label"
        case value, goal, distance
        case distanceText = "distance_text"
        case detail, weight, credit, gain, reads
        case ruleLocation = "rule_location"
        case remediation, waiver
    }

    /// Whether the rule judged the self-assessment: one that does not apply, or is waived, judged nothing, and
    /// its goal or what it read would read as one set for this institution now.
    public var judged: Bool { outcome != "not_applicable" && outcome != "waived" }
}

/// A waiver as a report shows it: the rule is left out of the score through `until`, and evaluated again from
/// `resumes` (the day after), against `goal`, the goal then in force.
public struct WaiverLine: Codable, Hashable, Sendable {
    public var until: String
    public var resumes: String
    public var reason: String
    /// The citation, as goals' sources are shown ("title, «section»"); nil when the waiver cites none.
    public var source: String?
    /// The rule's goal in the phase `resumes` falls in; nil when it sets none then, or the date is past the calendar.
    public var goal: GoalLine?
}

/// A waived rule in the gap view: after the gaps, so that the institution knows the goal returns and when.
public struct WaivedLine: Codable, Hashable, Sendable {
    public var rule: String
    public var name: String
    public var waiver: WaiverLine
}

/// An answer a rule read, and where (`file:line:column`), or that it was not answered.
public struct ReadLine: Codable, Hashable, Sendable {
    public var path: String
    public var location: String?
}

/// One gap, in the order of what closing it adds to the score, then deadline.
public struct GapLine: Codable, Hashable, Sendable {
    public var rule: String
    public var name: String
    public var outcome: String
    public var outcomeLabel: String
    public var actual: String?
    public var goal: GoalLine?
    public var distance: Double?
    /// The distance as the report shows it, in the unit its value is shown in ("3.08 puntos porcentuales").
    public var distanceText: String?
    public var deadline: String
    public var nextGoal: GoalLine?
    public var nextDeadline: String?
    public var gain: Double
    public var remediation: String
    public var location: String?
    /// For a gap not reported, missing evidence or in error: what is missing, or the error.
    public var detail: String?

    enum CodingKeys: String, CodingKey {
        case rule, name, outcome
        case outcomeLabel = "outcome_label"
        case actual, goal, distance
        case distanceText = "distance_text"
        case deadline
        case nextGoal = "next_goal"
        case nextDeadline = "next_deadline"
        case gain, remediation, location, detail
    }
}

public struct IndicatorLine: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var unit: String
    /// As the report shows it, with its unit ("76.92 %" for a ratio of 0.7692).
    public var value: String?
    /// The value itself, in the indicator's unit (0.7692), for a program to read; none for a yes/no indicator.
    public var number: Double?
    public var status: String
    public var baseline: String?
}
