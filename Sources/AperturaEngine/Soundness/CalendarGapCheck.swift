public import AperturaModel
public import AperturaSource

/// Days between the end of one phase and the start of the next fall in no phase: an as-of date there cannot be
/// evaluated, although it lies inside the span the policy publishes. (The loader rejects overlaps, which make the
/// phase of a date ambiguous; a gap needs no rule set either, but is a check of the calendar as a whole.)
public enum CalendarGapCheck {
    public static func run(_ policy: Policy) -> [Diagnostic] {
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
