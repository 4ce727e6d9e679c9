public import AperturaSource

/// One semantic difference between two versions of a rule set.
public struct RuleSetChange: Hashable, Sendable, Codable {
    /// Stable snake_case code: `rule_added`, `goal_changed`, `indicator_formula_changed`, ...
    public var kind: String
    /// The id of what changed (a rule, an indicator, `rule.phase` for a goal, ...).
    public var subject: String
    public var old: String?
    public var new: String?
    /// Where the change is in the new version (or the old one, for something removed).
    public var range: SourceRange?

    public init(kind: String, subject: String, old: String?, new: String?, range: SourceRange?) {
        self.kind = kind
        self.subject = subject
        self.old = old
        self.new = new
        self.range = range
    }
}
