import AperturaModel
import AperturaSource

/// The policy's applicability entries say why they narrow their rules: without a `reason`, a report can only say
/// that the policy does not evaluate the rule, which an institution reads as the law's scope. Their reasons have
/// an English text, as the policy's other texts must (their citations' sections are `PolicySoundness`'s).
enum ApplicabilityEntryChecks {
    static func run(_ policy: Policy) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, entry) in policy.applicability.enumerated() {
            let named = (entry.objectives.map(\.rawValue) + entry.rules.map(\.rawValue)).map { "«\($0)»" }.joined(separator: ", ")
            let namedEn = (entry.objectives.map(\.rawValue) + entry.rules.map(\.rawValue)).map { "'\($0)'" }.joined(separator: ", ")
            guard let reason = entry.reason else {
                found.append(.warning(
                    "applicability_without_reason",
                    LocalizedText(es: "la entrada \(index + 1) de applicability (\(named)) no dice por qué (reason): los reportes sólo podrán decir que la política no evalúa esas reglas",
                                  en: "applicability entry \(index + 1) (\(namedEn)) does not say why (reason): reports can only say that the policy does not evaluate those rules"),
                    at: entry.range,
                    help: LocalizedText(es: "añada reason: {es: ..., en: ...}, y source si un documento la fija",
                                        en: "add reason: {es: ..., en: ...}, and source if a document sets it")))
                continue
            }
            if !reason.isTranslated {
                found.append(.warning("missing_translation",
                                      LocalizedText(es: "falta el texto en inglés (en) de applicability[\(index + 1)].reason",
                                                    en: "the English text (en) of applicability[\(index + 1)].reason is missing"),
                                      at: entry.reasonRange ?? entry.range,
                                      help: LocalizedText(es: "escríbalo como {es: ..., en: ...}", en: "write it as {es: ..., en: ...}")))
            }
        }
        return found
    }
}
