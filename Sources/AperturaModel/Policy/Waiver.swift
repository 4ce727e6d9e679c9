public import AperturaSource

/// A rule not evaluated for one institution until a date, for a documented reason.
public struct Waiver: Hashable, Sendable, Codable {
    public var institution: InstitutionID
    public var rules: [RuleID]
    public var until: Day
    public var reason: LocalizedText
    public var source: Citation?
    public var range: SourceRange
    /// Where the `until` date is written.
    public var untilRange: SourceRange?
    /// Where each of `rules` is named, in the same order (empty when not known), and where the reason is written.
    public var ruleRanges: [SourceRange]
    public var reasonRange: SourceRange?

    public init(institution: InstitutionID, rules: [RuleID], until: Day, reason: LocalizedText, source: Citation?, range: SourceRange,
                untilRange: SourceRange? = nil, ruleRanges: [SourceRange] = [], reasonRange: SourceRange? = nil) {
        self.institution = institution
        self.rules = rules
        self.until = until
        self.reason = reason
        self.source = source
        self.range = range
        self.untilRange = untilRange
        self.ruleRanges = ruleRanges
        self.reasonRange = reasonRange
    }
}
