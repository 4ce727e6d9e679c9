public import AperturaSource

/// Pure renderers of a validation: the text `validate` prints (here uncoloured), JSON for portals and scripts,
/// SARIF 2.1.0 for code hosts and editors.
public enum ValidationRenderer {
    public static func render(_ result: ValidationResult, format: DiagnosticFormat, language: Language) -> String {
        switch format {
        case .text: text(result, language: language)
        case .json: json(result, language: language)
        case .sarif: SARIFRenderer.render(result.files.filter(\.listsDiagnostics).flatMap { file in
            // A broken rule set's diagnostic with no place is about its folder, not the input.
            file.diagnostics.map { ($0, file.origin == .input ? file.file : nil) }
        }, language: language)
        }
    }

    /// Each file's diagnostics and its status line, then a line that counts the files when there are several.
    public static func text(_ result: ValidationResult, language: Language) -> String {
        var out = ""
        for file in result.files where file.listsDiagnostics {
            out += file.diagnostics.map { $0.rendered(language) + "\n" }.joined()
            out += statusLine(file, language: language) ?? ""
        }
        return out + (summaryLine(result, language: language) ?? "")
    }

    /// "x.yaml: válido", "x.yaml: 3 errores"; none for a file whose rule set failed to load, whose diagnostics
    /// are the rule set's.
    public static func statusLine(_ file: ValidatedFile, language: Language) -> String? {
        guard file.origin == .input else { return nil }
        let es = language == .es
        // Shown as the diagnostics above show it: a control character in the name would act on the terminal.
        let name = HiddenCharacters.shownName(file.file)
        if !file.valid {
            // Past the cap the count still says how many there are, and that not all are shown.
            let rest = file.omitted == 0 ? ""
                : es ? " (\(CountText.of(file.omitted, "diagnóstico más no se muestra", "diagnósticos más no se muestran")))"
                : " (\(CountText.of(file.omitted, "more diagnostic not shown", "more diagnostics not shown")))"
            return "\(name): \(es ? CountText.of(file.errors, "error", "errores") : CountText.of(file.errors, "error", "errors"))\(rest)\n"
        }
        // A warning printed above a bare "válido" reads as settled; the count says it is still to look at.
        let warnings = file.diagnostics.count(where: { $0.severity == .warning })
        let with = warnings == 0 ? ""
            : es ? ", con \(CountText.of(warnings, "advertencia", "advertencias"))" : ", with \(CountText.of(warnings, "warning", "warnings"))"
        return es ? "\(name): válido\(with)\n" : "\(name): valid\(with)\n"
    }

    /// "3 archivos: 2 válidos, 1 con errores", past one file.
    public static func summaryLine(_ result: ValidationResult, language: Language) -> String? {
        let (count, invalid) = (result.files.count, result.invalidCount)
        guard count > 1 else { return nil }
        return language == .es
            ? "\(CountText.of(count, "archivo", "archivos")): \(CountText.of(count - invalid, "válido", "válidos")), \(invalid) con errores\n"
            : "\(CountText.of(count, "file", "files")): \(count - invalid) valid, \(invalid) with errors\n"
    }

    struct JSONFile: Encodable {
        var file: String
        var valid: Bool
        var errors: Int
        var warnings: Int
        var omitted: Int
    }

    struct JSONReport: Encodable {
        var schemaVersion = 1
        var files: [JSONFile]
        var errors: Int
        var warnings: Int
        var omitted: Int
        var diagnostics: [JSONDiagnostic]
    }

    /// Sorted-key JSON, as `lint --format json` writes it: one entry per file with its counts, the totals, and
    /// every diagnostic once, in the order the text prints them.
    public static func json(_ result: ValidationResult, language: Language) -> String {
        let report = JSONReport(
            files: result.files.map { JSONFile(file: $0.file, valid: $0.valid, errors: $0.errors, warnings: $0.warnings, omitted: $0.omitted) },
            errors: result.errors, warnings: result.warnings, omitted: result.omitted,
            diagnostics: result.diagnostics.map { JSONDiagnostic($0, language: language) })
        return JSONText.encode(report, keys: .convertToSnakeCase)
    }
}
