import AperturaModel
import AperturaSource

/// The policy's applicability entries say why they narrow their rules: without a `reason`, a report can only say
/// that the policy does not evaluate the rule, which an institution reads as the law's scope. (A reason's English
/// text is checked with the policy's other texts, in `PolicyChecks`; its citation's section in `PolicySoundness`.)
enum ApplicabilityEntryChecks {
    static func run(_ policy: Policy) -> [Diagnostic] {
        policy.applicability.enumerated().filter { $0.element.reason == nil }.map { index, entry in
            let ids = entry.objectives.map(\.rawValue) + entry.rules.map(\.rawValue)
            let (named, namedEn) = (ids.map { "«\($0)»" }.joined(separator: ", "), ids.map { "'\($0)'" }.joined(separator: ", "))
            return .warning(
                "applicability_without_reason",
                LocalizedText(es: "la entrada \(index + 1) de applicability (\(named)) no dice por qué (reason): los reportes sólo podrán decir que la política no evalúa esas reglas",
                              en: "applicability entry \(index + 1) (\(namedEn)) does not say why (reason): reports can only say that the policy does not evaluate those rules"),
                at: entry.range,
                help: LocalizedText(es: "añada reason: {es: ..., en: ...}, y source si un documento la fija",
                                    en: "add reason: {es: ..., en: ...}, and source if a document sets it"))
        }
    }
}
