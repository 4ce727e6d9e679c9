import AperturaModel
import AperturaSource

/// Two waivers of one rule for one institution: only one of their dates and reasons can be what the authority
/// decided, and a reader of the policy cannot tell which. A warning at the rule in the second, naming the first's line.
enum RepeatedWaiverCheck {
    static func run(_ policy: Policy) -> [Diagnostic] {
        var first: [String: Waiver] = [:]
        var found: [Diagnostic] = []
        for waiver in policy.waivers {
            // A rule named twice in one waiver is `repeated_entry`'s: each rule once per waiver here.
            var seen: Set<RuleID> = []
            for (index, rule) in waiver.rules.enumerated() where seen.insert(rule).inserted {
                let key = "\(waiver.institution.rawValue)\u{0}\(rule.rawValue)"
                guard let earlier = first[key] else {
                    first[key] = waiver
                    continue
                }
                let line = earlier.range.start.line
                found.append(.warning(
                    "repeated_waiver",
                    LocalizedText(es: "la regla «\(rule)» ya está dispensada para «\(waiver.institution)» (dispensa de la línea \(line), hasta el \(earlier.until))",
                                  en: "rule '\(rule)' is already waived for '\(waiver.institution)' (waiver on line \(line), until \(earlier.until))"),
                    at: waiver.ruleRanges.indices.contains(index) ? waiver.ruleRanges[index] : waiver.range,
                    help: LocalizedText(es: "deje una sola dispensa por regla e institución, con la fecha y la razón vigentes",
                                        en: "keep one waiver per rule and institution, with the date and reason in force")))
            }
        }
        return found
    }
}
