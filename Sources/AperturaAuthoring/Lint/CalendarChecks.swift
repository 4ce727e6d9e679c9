import AperturaModel
import AperturaSource

/// Checks of a policy's calendar that the loader leaves to `lint` (it rejects overlaps, which make the
/// phase of a date ambiguous): days between phases, on which nothing can be evaluated, and waivers that
/// end before the calendar starts.
struct CalendarChecks {
    let policy: Policy

    func run() -> [Diagnostic] {
        gaps() + waiversBeforeCalendar()
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

    /// Days between the end of one phase and the start of the next fall in no phase: an as-of date
    /// there cannot be evaluated, although it lies inside the span the policy publishes.
    func gaps() -> [Diagnostic] {
        let sorted = policy.calendar.sorted { $0.start < $1.start }
        return zip(sorted, sorted.dropFirst()).compactMap { earlier, later in
            guard let first = earlier.end.next, first < later.start, let last = later.start.previous else { return nil }
            return .error(
                "calendar_gap",
                LocalizedText(
                    es: "ninguna fase cubre del \(first) al \(last), entre las fases «\(earlier.phase)» (termina el \(earlier.end)) y «\(later.phase)» (empieza el \(later.start)): no se puede evaluar con una fecha de corte en esos días",
                    en: "no phase covers \(first) to \(last), between phases '\(earlier.phase)' (ends \(earlier.end)) and '\(later.phase)' (starts \(later.start)): no as-of date in it can be evaluated"),
                at: later.startRange ?? later.range,
                help: LocalizedText(es: "haga empezar cada fase el día siguiente al fin de la anterior",
                                    en: "start each phase the day after the previous one ends"))
        }
    }
}
