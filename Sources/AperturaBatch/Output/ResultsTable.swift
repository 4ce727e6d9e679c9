import AperturaModel
public import AperturaSource

/// The columns and rows of `results.csv` and `errors.csv`.
public struct ResultsTable: Sendable {
    public let layout: BatchLayout
    public let language: Language

    public init(layout: BatchLayout, language: Language) {
        self.layout = layout
        self.language = language
    }

    /// Fixed columns, then `score_<objective>` per objective, gaps and status, then `indicator_<id>` per
    /// indicator (booleans as 1 or 0).
    public var header: [String] {
        ["file", "line", "id", "name", "state", "order", "kind", "score", "level", "ratio", "quadrant"]
            + layout.objectives.map { "score_\($0.id.rawValue)" } + ["gaps", "status"]
            + layout.indicators.map { "indicator_\($0.id.rawValue)" }
    }

    /// The institution's record, CRLF-terminated, in the columns of `header`.
    public func line(_ r: InstitutionResult) -> String {
        var line = CSVLine(capacity: 160 + 8 * (r.objectiveScores.count + r.indicatorValues.count) + r.institution.name.utf8.count)
        // As errors.csv writes it: a control character in the name is shown, not obeyed by a terminal that shows the file.
        line.field(HiddenCharacters.shownName(r.file))
        line.integer(r.line)
        line.field(r.institution.id.rawValue)
        line.field(r.institution.name)
        line.field(r.institution.state ?? "")
        line.field(r.institution.order.rawValue)
        line.field(r.institution.kind.rawValue)
        line.score(r.score)
        line.field(r.level?.rawValue ?? "")
        line.score(r.ratio)
        line.field(r.quadrant?.rawValue ?? "")
        for score in r.objectiveScores { line.score(score) }
        line.integer(r.gapCount)
        line.field(r.score == nil ? "not_scored" : "evaluated")
        for value in r.indicatorValues { line.number(value) }
        return line.record()
    }

    public static let errorHeader = ["file", "line", "column", "code", "message"]

    /// One row per error of the failure.
    public func errorRows(_ failure: BatchFailure) -> [[String]] {
        rows(failure.diagnostics, file: failure.file, line: failure.line)
    }

    /// One row of warnings.csv (the columns of errors.csv) per warning of an evaluated institution.
    public func warningRows(_ result: InstitutionResult) -> [[String]] {
        rows(result.warnings, file: result.file, line: result.line)
    }

    /// Diagnostics as rows of `errorHeader`; `file` and `line` stand in where a diagnostic has no place.
    private func rows(_ diagnostics: [Diagnostic], file: String, line: Int?) -> [[String]] {
        diagnostics.map { d in
            let start = d.range?.start
            var message = d.message.text(language)
            if let help = d.help { message += " (\(help.text(language)))" }
            // A control character quoted from an input (a NUL, an escape) is shown, not written into the table.
            return [HiddenCharacters.shownName(start?.file ?? file), start.map { String($0.line) } ?? line.map(String.init) ?? "",
                    start.map { String($0.column) } ?? "", d.code, HiddenCharacters.shown(message)]
        }
    }
}
