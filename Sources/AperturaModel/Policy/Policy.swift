public import AperturaSource

/// An evaluation policy: how a rule set is applied by an authority (calendar, scoring, levels,
/// applicability, waivers).
public struct Policy: Hashable, Sendable, Codable {
    public var id: String
    public var version: String
    public var name: LocalizedText
    public var ruleSet: String
    public var authority: LocalizedText
    public var status: RuleSetInfo.Status
    public var source: Citation?
    public var rationale: LocalizedText?
    public var calendar: [CalendarEntry]
    public var scoring: ScoringModel
    public var levels: [ComplianceLevel]
    public var quadrants: Quadrants?
    public var applicability: [PolicyApplicability]
    public var waivers: [Waiver]
    public var file: String
    public var range: SourceRange
    /// Where the policy names its rule set, its name, authority and rationale, and where its calendar's list
    /// starts: diagnostics about them are reported there.
    public var ruleSetRange: SourceRange?
    public var nameRange: SourceRange?
    public var authorityRange: SourceRange?
    public var rationaleRange: SourceRange?
    public var calendarRange: SourceRange?

    public init(
        id: String, version: String, name: LocalizedText, ruleSet: String, authority: LocalizedText,
        status: RuleSetInfo.Status, source: Citation?, rationale: LocalizedText?, calendar: [CalendarEntry],
        scoring: ScoringModel, levels: [ComplianceLevel], quadrants: Quadrants?,
        applicability: [PolicyApplicability], waivers: [Waiver], file: String, range: SourceRange,
        ruleSetRange: SourceRange? = nil, nameRange: SourceRange? = nil, authorityRange: SourceRange? = nil,
        rationaleRange: SourceRange? = nil, calendarRange: SourceRange? = nil
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.ruleSet = ruleSet
        self.authority = authority
        self.status = status
        self.source = source
        self.rationale = rationale
        self.calendar = calendar
        self.scoring = scoring
        self.levels = levels
        self.quadrants = quadrants
        self.applicability = applicability
        self.waivers = waivers
        self.file = file
        self.range = range
        self.ruleSetRange = ruleSetRange
        self.nameRange = nameRange
        self.authorityRange = authorityRange
        self.rationaleRange = rationaleRange
        self.calendarRange = calendarRange
    }

    /// The calendar entry an as-of date falls in.
    public func phase(on day: Day) -> CalendarEntry? { calendar.first(where: { $0.contains(day) }) }

    /// From the first phase's start to the last one's end; nil for an empty calendar.
    public var calendarSpan: ClosedRange<Day>? {
        guard let start = calendar.map(\.start).min(), let end = calendar.map(\.end).max(), start <= end else { return nil }
        return start...end
    }

    /// The entry after `entry` in the calendar, by start date.
    public func phase(after entry: CalendarEntry) -> CalendarEntry? {
        calendar.filter { $0.start > entry.start }.min(by: { $0.start < $1.start })
    }

    public func level(for score: Double) -> ComplianceLevel? { levels.first(where: { $0.admits(score) }) }
}
