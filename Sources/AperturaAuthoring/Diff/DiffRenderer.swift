public import AperturaSource
import Foundation

/// Pure renderers of a diff report: text, CSV (RFC 4180) and JSON.
public enum DiffRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, json
    }

    /// `levelNames`: the policy's level names by id, for the text (the CSV and JSON keep the ids).
    public static func render(_ report: DiffReport, format: Format, language: Language, levelNames: [String: LocalizedText] = [:]) -> String {
        switch format {
        case .text: text(report, language: language, levelNames: levelNames)
        case .csv: csv(report)
        case .json: JSONText.encode(published(report), keys: .convertToSnakeCase)
        }
    }

    /// `report` with its figures as every format says them (`InstitutionImpact.published`: four decimals, cut down).
    static func published(_ report: DiffReport) -> DiffReport {
        var report = report
        report.impact = report.impact.map(\.published)
        return report
    }

    static func number(_ x: Double?) -> String {
        guard let x else { return "" }
        return String(format: "%.4f", x)
    }

    public static func text(_ report: DiffReport, language: Language, levelNames: [String: LocalizedText] = [:]) -> String {
        let report = published(report)
        let es = language == .es
        // The folders' names shown as diagnostics show them: a control character in one would act on the terminal.
        let (from, to) = (HiddenCharacters.shownName(report.from), HiddenCharacters.shownName(report.to))
        var out = es ? "Cambios de \(from) a \(to):\n" : "Changes from \(from) to \(to):\n"
        if report.changes.isEmpty { out += es ? "  (ninguno)\n" : "  (none)\n" }
        for change in report.changes {
            var line = "  \(change.kind) \(change.subject)"
            switch (change.old, change.new) {
            case let (a?, b?) where a != change.subject || b != change.subject:
                line += ": \(change.oldText(language) ?? a) → \(change.newText(language) ?? b)"
            default: break
            }
            if let range = change.range { line += "  (\(range.start))" }
            out += line + "\n"
        }
        guard !report.impact.isEmpty else { return out }
        let institutions = es ? CountText.of(report.impact.count, "institución", "instituciones") : CountText.of(report.impact.count, "institution", "institutions")
        out += es ? "\nImpacto en \(institutions) (fecha de corte \(report.asOf ?? "")):\n"
                  : "\nImpact on \(institutions) (as of \(report.asOf ?? "")):\n"
        // Grouped as the CSV classes the rows: an institution whose rules change outcome with score and level
        // the same is not among the changes of score.
        let groups = [("level_changed", es ? "Cambian de nivel" : "Level changes"),
                      ("score_changed", es ? "Cambian de puntaje, no de nivel" : "Score changes, same level"),
                      ("unchanged", es ? "Sin cambio de puntaje ni de nivel" : "No change of score or level")]
        for (category, heading) in groups {
            let rows = report.impact.filter { $0.category == category }
            guard !rows.isEmpty else { continue }
            out += "  \(heading) (\(rows.count)):\n"
            let named = { (id: String?) in id.map { levelNames[$0]?.text(language) ?? $0 } }
            for row in rows { out += "    " + line(row, es: es, level: named) + "\n" }
        }
        // The verb agrees with the whole: "1 of 9 institutions change level", "1 of 1 institution changes level".
        let one = report.impact.count == 1
        out += es ? "\(report.levelChanges) de \(institutions) \(one ? "cambia" : "cambian") de nivel.\n"
                  : "\(report.levelChanges) of \(institutions) \(one ? "changes" : "change") level.\n"
        return out
    }

    /// "SO-1 Uno: 0.8750 → 0.7500 (-0.1250); nivel Avanzado → En desarrollo; reglas: x"; score and level once when
    /// unchanged; `named` gives a level's name in the report's language (its id when the policy is not known).
    static func line(_ row: InstitutionImpact, es: Bool, level named: (String?) -> String?) -> String {
        let level = es ? "nivel" : "level"
        var row = row
        (row.oldLevel, row.newLevel) = (named(row.oldLevel), named(row.newLevel))
        guard row.category != "unchanged" else {
            var line = "\(row.institutionID) \(row.institution): \(number(row.newScore).ifEmpty("—")); \(level) \(row.newLevel ?? "—")"
            if !row.changedRules.isEmpty {
                line += "; \(es ? "reglas que cambian de resultado" : "rules whose outcome changes"): \(row.changedRules.joined(separator: ", "))"
            }
            return line
        }
        let delta = row.delta.map { String(format: "%+.4f", $0) } ?? "—"
        var line = "\(row.institutionID) \(row.institution): \(number(row.oldScore).ifEmpty("—")) → \(number(row.newScore).ifEmpty("—")) (\(delta))"
        line += row.levelChanged ? "; \(level) \(row.oldLevel ?? "—") → \(row.newLevel ?? "—")" : "; \(level) \(row.newLevel ?? "—")"
        if !row.changedRules.isEmpty { line += "; \(es ? "reglas" : "rules"): \(row.changedRules.joined(separator: ", "))" }
        return line
    }

    /// One table for both parts: `record` is `change` or `institution`.
    public static func csv(_ report: DiffReport) -> String {
        let report = published(report)
        var rows = [["record", "kind", "subject", "name", "old", "new", "delta", "old_level", "new_level", "rules_changed"]]
        for change in report.changes {
            rows.append(["change", change.kind, change.subject, "", change.old ?? "", change.new ?? "", "", "", "", ""])
        }
        for row in report.impact {
            rows.append(["institution", row.category,
                         row.institutionID, row.institution, number(row.oldScore), number(row.newScore), number(row.delta),
                         row.oldLevel ?? "", row.newLevel ?? "", row.changedRules.joined(separator: " ")])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}
