import AperturaModel
import AperturaSource

/// Warnings about a policy's calendar that only `lint` gives (gaps, which are errors, are `CalendarGapCheck`'s,
/// shared with evaluation): waivers that end before the calendar starts or after it ends.
struct CalendarChecks {
    let policy: Policy

    func run() -> [Diagnostic] {
        waiversBeforeCalendar() + waiversAfterCalendar()
    }

    /// A waiver that runs past the calendar's last day outlives every phase it could apply in: most likely a slip
    /// of the year, and a waiver meant to hold "for ever" should say so by ending with the calendar.
    func waiversAfterCalendar() -> [Diagnostic] {
        guard let last = policy.calendar.map(\.end).max() else { return [] }
        return policy.waivers.filter { $0.until > last }.map { waiver in
            .warning(
                "waiver_after_calendar",
                LocalizedText(
                    es: "la dispensa de «\(waiver.institution)» vence el \(waiver.until), después de que termina la última fase del calendario (\(last))",
                    en: "the waiver for '\(waiver.institution)' ends on \(waiver.until), after the calendar's last phase ends (\(last))"),
                at: waiver.untilRange ?? waiver.range,
                help: LocalizedText(es: "revise el año de until; no puede aplicarse después del \(last)",
                                    en: "check the year of until; it cannot apply after \(last)"))
        }
    }

    /// A waiver holds while the as-of date is on or before `until`, and only dates in the calendar can be
    /// evaluated: one that ends before the first phase starts never takes effect.
    func waiversBeforeCalendar() -> [Diagnostic] {
        guard let first = policy.calendar.map(\.start).min() else { return [] }
        return policy.waivers.filter { $0.until < first }.map { waiver in
            .warning(
                "waiver_before_calendar",
                LocalizedText(
                    es: "la dispensa de «\(waiver.institution)» vence el \(waiver.until), antes de que empiece la primera fase del calendario (\(first)): nunca se aplica",
                    en: "the waiver for '\(waiver.institution)' ends on \(waiver.until), before the calendar's first phase starts (\(first)): it never takes effect"),
                at: waiver.untilRange ?? waiver.range)
        }
    }
}
