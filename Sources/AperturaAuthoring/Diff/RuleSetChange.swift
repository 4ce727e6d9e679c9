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
    /// `old` and `new` as the text output says them in each language, when they hold words (a goal's status, a
    /// rule's scope); `old` and `new` themselves stay the same in every language, for CSV and JSON.
    public var shownOld: LocalizedText? = nil
    public var shownNew: LocalizedText? = nil

    enum CodingKeys: String, CodingKey { case kind, subject, old, new, range }

    public init(kind: String, subject: String, old: String?, new: String?, range: SourceRange?,
                shownOld: LocalizedText? = nil, shownNew: LocalizedText? = nil) {
        self.kind = kind
        self.subject = subject
        self.old = old
        self.new = new
        self.range = range
        self.shownOld = shownOld
        self.shownNew = shownNew
    }

    /// `old` as the text output gives it in `language`.
    public func oldText(_ language: Language) -> String? { shownOld?.text(language) ?? old }
    /// `new` as the text output gives it in `language`.
    public func newText(_ language: Language) -> String? { shownNew?.text(language) ?? new }
}
