public import AperturaSource

/// An institution's self-assessment: who it is, the period, and its answers by section.
public struct Assessment: Hashable, Sendable, Codable {
    public var formatVersion: Int
    public var ruleSet: String
    public var institution: Institution
    public var period: (start: Day, end: Day)? {
        guard let periodStart, let periodEnd else { return nil }
        return (periodStart, periodEnd)
    }
    public var periodStart: Day?
    public var periodEnd: Day?
    /// Where `period`'s start and end are written, for a report to say where a rule read them.
    public var periodStartRange: SourceRange?
    public var periodEndRange: SourceRange?
    public var sections: [SectionID: AnswerGroup]
    public var file: String
    public var range: SourceRange

    public init(
        formatVersion: Int, ruleSet: String, institution: Institution, periodStart: Day?, periodEnd: Day?,
        sections: [SectionID: AnswerGroup], file: String, range: SourceRange
    ) {
        self.formatVersion = formatVersion
        self.ruleSet = ruleSet
        self.institution = institution
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.sections = sections
        self.file = file
        self.range = range
    }

    public static func == (lhs: Assessment, rhs: Assessment) -> Bool {
        lhs.formatVersion == rhs.formatVersion && lhs.ruleSet == rhs.ruleSet && lhs.institution == rhs.institution
            && lhs.periodStart == rhs.periodStart && lhs.periodEnd == rhs.periodEnd && lhs.sections == rhs.sections
            && lhs.file == rhs.file
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(institution)
        hasher.combine(file)
    }
}
