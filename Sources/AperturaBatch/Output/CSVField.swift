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
        var out = ""
        out.reserveCapacity(fields.reduce(2) { $0 + $1.utf8.count + 1 })
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            out += escape(field)
        }
        return out + "\r\n"
    }

    /// A number with four decimals (a fixed format, the same on every machine); empty for nil.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        let scaled = (value * 10_000).rounded()
        var rest = Int64(abs(scaled))
        let sign = scaled < 0 && rest != 0
        // Every results row has dozens of these: the digits are written right to left into a small
        // buffer and made into one string, with no intermediate strings. At most 21 bytes.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            for _ in 0..<4 {
                put(UInt8(48 + rest % 10))
                rest /= 10
            }
            put(UInt8(ascii: "."))
            repeat {
                put(UInt8(48 + rest % 10))
                rest /= 10
            } while rest > 0
            if sign { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
