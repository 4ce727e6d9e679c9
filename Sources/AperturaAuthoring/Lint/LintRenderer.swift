public import AperturaSource

/// Pure renderers of a lint result: text for people, JSON for scripts, SARIF 2.1.0 for code hosts.
public enum LintRenderer {
    /// The result in one format.
    public static func render(_ result: LintResult, format: DiagnosticFormat, language: Language) -> String {
        switch format {
        case .text: text(result, language: language)
        case .json: json(result, language: language)
        case .sarif: SARIFRenderer.render(result.diagnostics, language: language)
        }
    }

    /// One `file:line:column: severity[code]: message` per diagnostic, then a summary line.
    public static func text(_ result: LintResult, language: Language) -> String {
        var out = result.diagnostics.map { $0.rendered(language) + "\n" }.joined()
        let (errors, warnings) = (result.errorCount, result.warningCount)
        let es = "\(checkedText(result, .es)): \(CountText.of(errors, "error", "errores")), \(CountText.of(warnings, "advertencia", "advertencias"))"
        let en = "\(checkedText(result, .en)): \(CountText.of(errors, "error", "errors")), \(CountText.of(warnings, "warning", "warnings"))"
        out += (language == .es ? es : en)
        let omitted = result.omittedCount
        if omitted > 0 { out += language == .es ? " (\(omitted) no se muestran)" : " (\(omitted) not shown)" }
        return out + "\n"
    }

    struct JSONReport: Encodable {
        var schemaVersion = 1
        var checked: [String]
        var errors: Int
        var warnings: Int
        /// Counted in `errors` and `warnings` but not listed (past a loader's cap).
        var omitted: Int
        var diagnostics: [JSONDiagnostic]
    }

    /// What was checked, by kind: "2 conjuntos de reglas y 1 política revisados", "1 política revisada".
    static func checkedText(_ result: LintResult, _ language: Language) -> String {
        let (ruleSets, policies) = (result.ruleSetCount, result.checked.count - result.ruleSetCount)
        var parts: [String] = []
        if ruleSets > 0 {
            parts.append(language == .es ? CountText.of(ruleSets, "conjunto de reglas", "conjuntos de reglas") : CountText.of(ruleSets, "rule set", "rule sets"))
        }
        if policies > 0 { parts.append(language == .es ? CountText.of(policies, "política", "políticas") : CountText.of(policies, "policy", "policies")) }
        let what = parts.joined(separator: language == .es ? " y " : " and ")
        guard language == .es else { return parts.isEmpty ? "nothing checked" : what + " checked" }
        // The participle agrees as Spanish wants: feminine only when all are policies; plural past one thing.
        switch (ruleSets, policies) {
        case (0, 0): return "nada revisado"
        case (0, 1): return what + " revisada"
        case (0, _): return what + " revisadas"
        case (1, 0): return what + " revisado"
        default: return what + " revisados"
        }
    }

    /// Sorted-key JSON with a schema version, the files checked, the counts and every diagnostic.
    public static func json(_ result: LintResult, language: Language) -> String {
        let report = JSONReport(
            checked: result.checked, errors: result.errorCount, warnings: result.warningCount, omitted: result.omittedCount,
            diagnostics: result.diagnostics.map { JSONDiagnostic($0, language: language) })
        return JSONText.encode(report, keys: .convertToSnakeCase)
    }
}
