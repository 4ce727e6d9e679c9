import AperturaSource

/// The warning of a row whose rules went unjudged, said in the table's terms: the oversight body fills in cells, not
/// YAML keys. An answer is named with the column that feeds it; one no column feeds is said to have none, so that
/// nobody looks for it in the table.
extension CSVRowConverter {
    /// The `not_scored` or `not_reported` warning for `record`, at the cell of the first missing answer a column feeds.
    /// When no column feeds any of them, `alternatives` (the answers the rules test with `has()`, which may stand for
    /// them: the Métrica's `tc.valor` for its components) are asked for, and the first a column feeds is named and
    /// pointed at instead; failing that, the row's start.
    func unreportedWarning(_ gaps: NotScoredWarning.Gaps, record: CSVRecord, alternatives: () -> [String]) -> Diagnostic {
        let fed = gaps.answers.compactMap { path in column(feeding: path).map { (path, $0) } }
        let unfed = gaps.answers.filter { column(feeding: $0) == nil }
        var es: [String] = fed.map { "\($0.0), \(columnName($0.1, .es))" }, en: [String] = fed.map { "\($0.0), \(columnName($0.1, .en))" }
        if !unfed.isEmpty {
            es.append("la tabla no tiene columna para \(unfed.joined(separator: ", "))")
            en.append("the table has no column for \(unfed.joined(separator: ", "))")
        }
        var place = fed.first?.1
        if fed.isEmpty, !unfed.isEmpty {
            let standIns = alternatives().compactMap { path in column(feeding: path).map { (path, $0) } }
            if let first = standIns.first {
                place = first.1
                es.append("o, si la regla lo admite, en su lugar \(standIns.map { "\($0.0), \(columnName($0.1, .es))" }.joined(separator: "; "))")
                en.append("or, if the rule allows it, instead \(standIns.map { "\($0.0), \(columnName($0.1, .en))" }.joined(separator: "; "))")
            }
        }
        let location = place.flatMap { index in index < record.fields.count ? SourceLocation(file: file, line: record.lines[index], column: record.columns[index]) : nil }
            ?? SourceLocation(file: file, line: record.line, column: 1)
        let listES = es.isEmpty ? "" : ": " + es.joined(separator: "; "), listEN = en.isEmpty ? "" : ": " + en.joined(separator: "; ")
        return .warning(gaps.code, LocalizedText(es: gaps.opening(.es) + listES, en: gaps.opening(.en) + listEN),
                        at: SourceRange(at: location), help: NotScoredWarning.help)
    }

    /// The column (0-based) that feeds the answer at `path` (`tc.valor`), if one does.
    func column(feeding path: String) -> Int? {
        answers.first { "\($0.section).\($0.field)" == path }?.bound.index
    }

    /// "en la columna «TC» (G)": a column as a spreadsheet shows it.
    func columnName(_ index: Int, _ language: Language) -> String {
        let header = index < self.header.count ? self.header[index].trimmed : "", letters = SpreadsheetColumn.letters(index)
        return language == .es ? "en la columna «\(header)» (\(letters))" : "in column '\(header)' (\(letters))"
    }
}
