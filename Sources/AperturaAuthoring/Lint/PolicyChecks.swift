import AperturaLoader
import AperturaModel
import AperturaSource

/// The warnings on a policy that `lint` adds to the loader's and to `PolicySoundness`'s errors: objective weights
/// that name only some objectives, phases of the rule set the calendar leaves out, repeated entries, texts without
/// English.
struct PolicyChecks {
    let policy: Policy
    let ruleSet: RuleSet
    /// Parts with load errors: their checks would echo those errors.
    var incomplete: Set<PartialPolicy.Part> = []

    func run() -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Each diagnostic goes where the value it concerns is written; the policy's start only when that is not known.
        let start = SourceRange(at: policy.range.start)
        let weights = policy.scoring.objectiveWeights
        if !weights.isEmpty && !incomplete.contains(.scoring) {
            // Objectives that have rules: those the weighted mean runs over.
            let scored = ruleSet.objectives.map(\.id).filter { id in ruleSet.rules.contains { $0.objective == id } }
            let left = scored.filter { weights[$0] == nil }
            if !left.isEmpty {
                found.append(.warning(
                    "weights_incomplete",
                    LocalizedText(
                        es: "objective_weights no da peso a \(left.map { "«\($0)»" }.joined(separator: ", ")): valdrían 1 cada uno",
                        en: "objective_weights gives no weight to \(left.map { "'\($0)'" }.joined(separator: ", ")): they would weigh 1 each"),
                    at: policy.scoring.objectiveWeightsRange ?? start,
                    help: LocalizedText(es: "dé un peso a cada objetivo con reglas, o a ninguno",
                                        en: "give a weight to every objective with rules, or to none")))
            }
        }
        // Reported at the calendar's list, where the phase's dates would go.
        let scheduled = Set(policy.calendar.map(\.phase))
        for phase in ruleSet.phases where !scheduled.contains(phase.id) && !incomplete.contains(.calendar) {
            found.append(.warning(
                "phase_not_scheduled",
                LocalizedText(es: "el calendario de la política no fija fechas para la fase «\(phase.id)»",
                              en: "the policy's calendar sets no dates for phase '\(phase.id)'"),
                at: policy.calendarRange ?? start))
        }
        found += RepeatedEntryCheck.run(policy)
        found += RepeatedWaiverCheck.run(policy)
        func check(_ text: LocalizedText?, _ what: TextPath, at range: SourceRange) {
            // A blank text says nothing in either language (a required one is the loader's `invalid_value`): no English to ask for.
            guard let text, !text.isTranslated, !text.es.allSatisfy(\.isWhitespace) else { return }
            found.append(.warning("missing_translation",
                                  LocalizedText(es: "falta el texto en inglés (en) de \(what.es)", en: "the English text (en) of \(what.en) is missing"),
                                  at: range, help: LocalizedText(es: "escríbalo como {es: ..., en: ...}", en: "write it as {es: ..., en: ...}")))
        }
        check(policy.name, TextPath("name"), at: policy.nameRange ?? start)
        check(policy.authority, TextPath("authority"), at: policy.authorityRange ?? start)
        check(policy.rationale, TextPath("rationale"), at: policy.rationaleRange ?? start)
        check(policy.scoring.formula, TextPath("scoring.formula"), at: policy.scoring.formulaRange ?? start)
        for level in policy.levels { check(level.name, TextPath(level.id, "name"), at: level.nameRange ?? level.range) }
        for entry in policy.calendar { check(entry.rationale, TextPath("calendar[\(entry.phase)].rationale"), at: entry.rationaleRange ?? entry.range) }
        for waiver in policy.waivers { check(waiver.reason, TextPath("waiver.reason"), at: waiver.reasonRange ?? waiver.range) }
        for (index, entry) in policy.applicability.enumerated() {
            check(entry.reason, TextPath("applicability[\(index + 1)].reason"), at: entry.reasonRange ?? entry.range)
        }
        if let quadrants = policy.quadrants {
            // The model keeps no place for these names: found again in the file.
            var places = TextPlaces()
            for quadrant in Quadrants.Quadrant.allCases {
                check(quadrants.names[quadrant], TextPath("quadrants.names.\(quadrant.rawValue)"),
                      at: places.place([.key("quadrants"), .key("names"), .key(quadrant.rawValue)], in: policy.range))
            }
        }
        return found
    }
}
