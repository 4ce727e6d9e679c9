import AperturaSource

/// What is said of a CSV cell names its column as a spreadsheet shows it (header and letter) and the field it
/// feeds: the line and column of errors.csv are a text editor's, and count bytes along a row of a hundred cells.
extension CSVRowConverter {
    /// `result` with every diagnostic placed at one of `record`'s cells made to name that cell's column.
    func naming(_ result: UnitResult, record: CSVRecord) -> UnitResult {
        switch result {
        case .invalid(var failure):
            // A column that feeds two fields (the Métrica's `SO`, its id and its name) has the loader say the same of
            // each: once named by its column (both fields in it), the two are one row of errors.csv.
            var seen: Set<Diagnostic> = []
            failure.diagnostics = failure.diagnostics.map { naming($0, record: record) }.filter { seen.insert($0).inserted }
            return .invalid(failure)
        case .evaluated(var evaluated):
            evaluated.warnings = evaluated.warnings.map { naming($0, record: record) }
            return .evaluated(evaluated)
        }
    }

    func naming(_ diagnostic: Diagnostic, record: CSVRecord) -> Diagnostic {
        // Said in the table's terms already, each answer with its own column (`unreportedWarning`).
        guard diagnostic.code != NotScoredWarning.notScored, diagnostic.code != NotScoredWarning.notReported else { return diagnostic }
        guard let range = diagnostic.range, range.file == file,
              let index = record.fields.indices.first(where: { record.lines[$0] == range.startLine && record.columns[$0] == range.startColumn }),
              index < header.count
        else { return diagnostic }
        var named = naming(diagnostic, column: index)
        if diagnostic.code == "placeholder_evidence" {
            // A cell has no list to leave empty: `[]` in it would be read as evidence named "[]".
            named.help = LocalizedText(es: "escriba el enlace o el nombre del documento; si no lo hay, deje la celda vacía",
                                       en: "write the link or the document's name; if there is none, leave the cell empty")
        } else if diagnostic.isError, let meant = Self.pointThousandsValue(record.fields[index].trimmed),
                  columnBounds[index].map({ $0.contains { $0.contains(meant) } }) ?? true {
            // Only when the number meant (1200 for `1.200`) is one the field takes: for a ratio it is no better.
            named.help = Self.separatorsHelp
        }
        return named
    }

    /// `diagnostic`, said of a cell of column `index` (0-based), made to name the column by its header and letter and
    /// the field it feeds.
    func naming(_ diagnostic: Diagnostic, column index: Int) -> Diagnostic {
        guard index < header.count else { return diagnostic }
        var named = diagnostic
        let letters = SpreadsheetColumn.letters(index)
        // A column may feed several fields (the Métrica's name is its id too): each is named.
        let fields = fieldNames[index] ?? [], list = fields.joined(separator: ", ")
        let es = fields.isEmpty ? "" : fields.count == 1 ? ", campo \(list)" : ", campos \(list)"
        let en = fields.isEmpty ? "" : fields.count == 1 ? ", field \(list)" : ", fields \(list)"
        named.message = LocalizedText(
            es: diagnostic.message.es + ", en la columna «\(header[index].trimmed)» (\(letters))" + es,
            en: diagnostic.message.text(.en) + ", in column '\(header[index].trimmed)' (\(letters))" + en)
        return named
    }

    /// The error of a row whose cell in column `index` is not text in the table's encoding, naming the column. The row
    /// is refused whichever column it is; one the mapping does not read is said to be so, or the reader would look
    /// for the field it feeds.
    func namingUndecodable(_ diagnostic: Diagnostic, column index: Int) -> Diagnostic {
        var named = naming(diagnostic, column: index)
        if index < header.count, fieldNames[index] == nil {
            named.message = LocalizedText(es: named.message.es + ", que el mapeo no lee", en: named.message.text(.en) + ", which the mapping does not read")
        }
        return named
    }

    /// `diagnostic`, said of the header's cell in column `index` (0-based), made to name the column by its letter (its
    /// header is the text that cannot be read).
    static func namingHeader(_ diagnostic: Diagnostic, column index: Int) -> Diagnostic {
        var named = diagnostic
        let letters = SpreadsheetColumn.letters(index)
        named.message = LocalizedText(es: diagnostic.message.es + ", en el encabezado de la columna \(letters)",
                                      en: diagnostic.message.text(.en) + ", in the header of column \(letters)")
        return named
    }

    /// `1.200` or `1.200,50`: a point between groups of three digits, as a spreadsheet set to Spain's locale writes
    /// thousands (with, perhaps, a decimal comma).
    static func hasPointThousands(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return false }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit) { return false }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        return groups.count > 1 && (1...3).contains(groups[0].count) && groups[0].first != "0" && groups.dropFirst().allSatisfy { $0.count == 3 }
            && groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// The number a Spain-style `1.200` or `1.200,50` stands for (1200, 1200.5); nil for other text.
    static func pointThousandsValue(_ text: String) -> Double? {
        guard hasPointThousands(text) else { return nil }
        return Double(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
    }

    static let separatorsHelp = LocalizedText(
        es: "los números se leen como se escriben en México, con coma para los miles y punto para los decimales: 1,200 o 1,200.50; una sola coma sin punto es decimal: 80,5. Escriba 1200 o 1,200, sin el punto de miles",
        en: "numbers are read as written in Mexico, with a comma for thousands and a point for decimals: 1,200 or 1,200.50; a single comma with no point is a decimal comma: 80,5. Write 1200 or 1,200, without the thousands point")
}
