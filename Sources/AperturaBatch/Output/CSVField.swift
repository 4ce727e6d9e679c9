/// RFC 4180 escaping: a field holding a comma, a quote, CR or LF is quoted, quotes doubled.
/// A field that a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) is left as is:
/// results are data, and numbers such as `-0.5` must stay numbers.
public enum CSVField {
    public static func escape(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return field }
        var out = "\""
        for ch in field {
            if ch == "\"" { out += "\"\"" } else { out.append(ch) }
        }
        return out + "\""
    }

    /// One record, CRLF-terminated as RFC 4180 says.
    public static func row(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }

    /// A number with four decimals (a fixed format, the same on every machine); empty for nil.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        let scaled = (value * 10_000).rounded()
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let whole = magnitude / 10_000, fraction = magnitude % 10_000
        let digits = String(fraction)
        return (negative && magnitude != 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
