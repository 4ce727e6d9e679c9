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

    public func row(_ r: InstitutionResult) -> [String] {
        [r.file, String(r.line), r.institution.id.rawValue, r.institution.name, r.institution.state ?? "",
         r.institution.order.rawValue, r.institution.kind.rawValue, CSVField.number(r.score), r.level?.rawValue ?? "",
         CSVField.number(r.ratio), r.quadrant?.rawValue ?? ""]
            + r.objectiveScores.map(CSVField.number) + [String(r.gapCount), r.score == nil ? "not_scored" : "evaluated"]
            + r.indicatorValues.map(CSVField.number)
    }

    public static let errorHeader = ["file", "line", "column", "code", "message"]

    /// One row per error of the failure.
    public func errorRows(_ failure: BatchFailure) -> [[String]] {
        failure.diagnostics.map { d in
            let start = d.range?.start
            var message = d.message.text(language)
            if let help = d.help { message += " (\(help.text(language)))" }
            return [start?.file ?? failure.file, start.map { String($0.line) } ?? failure.line.map(String.init) ?? "",
                    start.map { String($0.column) } ?? "", d.code, message]
        }
    }
}
