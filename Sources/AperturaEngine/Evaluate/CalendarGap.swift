public import AperturaModel
public import AperturaSource

/// Days between the end of one phase and the start of the next that no phase covers: an as-of date there lies
/// inside the span the calendar covers, so the span alone does not explain why it falls in no phase.
public struct CalendarGap: Hashable, Sendable {
    public let earlier: CalendarEntry
    public let later: CalendarEntry
    /// The phases by name, as the reports name them.
    public let earlierName: LocalizedText
    public let laterName: LocalizedText

    /// The gap `day` falls in, if it falls between two phases of `policy`'s calendar and in none.
    public init?(around day: Day, in policy: Policy, ruleSet: RuleSet) {
        guard policy.phase(on: day) == nil,
              let earlier = policy.calendar.filter({ $0.end < day }).max(by: { $0.end < $1.end }),
              let later = policy.calendar.filter({ $0.start > day }).min(by: { $0.start < $1.start }) else { return nil }
        let name = { (id: PhaseID) in ruleSet.phase(id)?.name ?? LocalizedText(es: id.rawValue) }
        (self.earlier, self.later, earlierName, laterName) = (earlier, later, name(earlier.phase), name(later.phase))
    }

    /// The first day no phase covers: the day after the earlier phase ends.
    public var first: Day { earlier.end.next ?? earlier.end }

    /// The last day no phase covers: the day before the later phase starts.
    public var last: Day { later.start.previous ?? later.start }

    /// "ninguna fase cubre del 2028-01-01 al 2028-02-29, entre la fase «Fase 1» (termina el 2027-12-31) y …", as lint's
    /// `calendar_gap` says it.
    public var message: LocalizedText {
        LocalizedText(
            es: "ninguna fase cubre del \(first) al \(last), entre la fase «\(earlierName.es)» (termina el \(earlier.end)) y la fase «\(laterName.es)» (empieza el \(later.start))",
            en: "no phase covers \(first) to \(last), between phase '\(earlierName.text(.en))' (ends \(earlier.end)) and phase '\(laterName.text(.en))' (starts \(later.start))")
    }
}
