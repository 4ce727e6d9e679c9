/// RFC 4180 escaping: a field holding a comma, a quote, CR or LF is quoted, quotes doubled. Text that a
/// spreadsheet would run as a formula gets a leading `'` (see `CSVLine.field`); numbers are never text here.
public enum CSVField {
    /// Written first: Excel, where oversight bodies open these tables, reads a UTF-8 file without it as the
    /// Windows code page and garbles every accent; readers of CSV (ours, pandas, R's readr) skip it.
    public static let byteOrderMark = "\u{FEFF}"

    public static func escape(_ field: String) -> String {
        var line = CSVLine(capacity: field.utf8.count + 2)
        line.field(field)
        return line.fieldText
    }

    /// One record, CRLF-terminated as RFC 4180 says.
    public static func row(_ fields: [String]) -> String {
        var line = CSVLine()
        for field in fields { line.field(field) }
        return line.record()
    }

    /// A number with four decimals (a fixed format, the same on every machine); empty for nil.
    public static func number(_ value: Double?) -> String {
        var line = CSVLine(capacity: 24)
        line.number(value)
        return line.fieldText
    }
}
