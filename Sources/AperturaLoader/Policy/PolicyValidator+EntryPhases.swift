import AperturaModel
import AperturaSource

extension PolicyValidator {
    /// The `phases` of applicability entries name phases of the policy's calendar: a phase it does not date would
    /// never be current, and the entry (an exemption, most often) would silently never hold.
    static func entryPhases(_ policy: Policy) -> [Diagnostic] {
        let scheduled = policy.calendar.map(\.phase.rawValue)
        var found: [Diagnostic] = []
        for entry in policy.applicability {
            for (index, phase) in (entry.phases ?? []).enumerated() where !scheduled.contains(phase.rawValue) {
                found.append(.error(
                    "unknown_reference",
                    LocalizedText(es: "la fase «\(phase)» no está en el calendario de la política «\(policy.id)»",
                                  en: "phase '\(phase)' is not in the calendar of policy '\(policy.id)'"),
                    at: entry.phaseRanges.indices.contains(index) ? entry.phaseRanges[index] : entry.range,
                    help: Suggestion.closest(to: phase.rawValue, in: scheduled).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }))
            }
        }
        return found
    }
}
