import AperturaModel
import AperturaSource

/// A list of references that names one entry twice (`evidence: [a.x, a.x]`, a waiver's `rules: [r, r]`): the repeat
/// changes nothing, so it is most likely a slip for the entry that was meant. A warning at each repeat, as evaluation
/// is not affected (ids defined twice, which are, are the loader's `duplicate_id` errors).
enum RepeatedEntryCheck {
    /// Evidence paths of each goal rule, and the phases of each check rule.
    static func run(_ ruleSet: RuleSet) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rule in ruleSet.rules {
            switch rule.body {
            case .goal(_, _, let evidence):
                found += repeats(evidence.map { ($0.description, $0.range) }, in: "evidence")
            case .check(_, let phases, let evidence):
                found += repeats(evidence.map { ($0.description, $0.range) }, in: "evidence")
                let phases = phases ?? []
                guard rule.phaseRanges.count == phases.count else { continue }
                found += repeats(zip(phases, rule.phaseRanges).map { ($0.rawValue, $1) }, in: "phases")
            }
        }
        return found
    }

    /// The objectives and rules of each applicability entry, and the rules of each waiver.
    static func run(_ policy: Policy) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for entry in policy.applicability {
            if entry.objectiveRanges.count == entry.objectives.count {
                found += repeats(zip(entry.objectives, entry.objectiveRanges).map { ($0.rawValue, $1) }, in: "objectives")
            }
            if entry.ruleRanges.count == entry.rules.count {
                found += repeats(zip(entry.rules, entry.ruleRanges).map { ($0.rawValue, $1) }, in: "rules")
            }
        }
        for waiver in policy.waivers where waiver.ruleRanges.count == waiver.rules.count {
            found += repeats(zip(waiver.rules, waiver.ruleRanges).map { ($0.rawValue, $1) }, in: "rules")
        }
        return found
    }

    static func repeats(_ items: [(name: String, range: SourceRange)], in key: String) -> [Diagnostic] {
        var first: [String: SourceRange] = [:]
        var found: [Diagnostic] = []
        for (name, range) in items {
            guard let earlier = first[name] else {
                first[name] = range
                continue
            }
            found.append(.warning(
                "repeated_entry",
                LocalizedText(es: "«\(name)» está repetido en \(key) (ya está en \(earlier.start))",
                              en: "'\(name)' is repeated in \(key) (already at \(earlier.start))"),
                at: range,
                help: LocalizedText(es: "quite la repetición, o escriba el que quería nombrar", en: "remove the repeat, or write the one you meant")))
        }
        return found
    }
}
