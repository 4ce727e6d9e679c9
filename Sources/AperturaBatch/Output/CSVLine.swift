import AperturaModel

/// One CSV record, built byte by byte. `results.csv` has a row of some forty fields per institution:
/// made as forty strings, escaped one by one and joined, it cost more than judging the institution's
/// rules. Escaping as in `CSVField`: RFC 4180, CRLF-terminated.
public struct CSVLine {
    private var bytes: [UInt8] = []
    private var fields = 0

    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// A text field, quoted when it holds a comma, a quote, CR or LF (quotes doubled). Text that a spreadsheet
    /// would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a leading `'`, which spreadsheets read as
    /// "text": names and ids come from the institutions' own files, and `=HYPERLINK(...)` must not become a live
    /// link in the oversight body's spreadsheet. Numbers are written by `number` and `integer`, untouched.
    public mutating func field(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { utf8 in
            let quoted = utf8.contains(where: Self.needsQuotes)
            if quoted { bytes.append(UInt8(ascii: "\"")) }
            if let first = utf8.first, Self.startsFormula(first) { bytes.append(UInt8(ascii: "'")) }
            guard quoted else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// A number with four decimals (a fixed format, the same on every machine); empty for nil.
    public mutating func number(_ value: Double?) {
        number(value, scaled: { ($0 * 10_000).rounded() })
    }

    /// A score, objective score or ratio with four decimals cut DOWN, as the reports print theirs to two: rounded
    /// to the nearest, 0.59996 (level below 0.6) would read 0.6000 beside its level. Within
    /// `NumericTolerance.epsilon` below a figure it is that figure, as the levels take a score so close to a threshold.
    public mutating func score(_ value: Double?) {
        number(value, scaled: { ($0 * 10_000 + NumericTolerance.epsilon * 10_000).rounded(.down) })
    }

    private mutating func number(_ value: Double?, scaled scale: (Double) -> Double) {
        separate()
        guard let value else { return }
        let scaled = scale(value)
        // Beyond 2^63 (never a score) the digits would overflow: written as Swift spells the number.
        guard let whole = Int64(exactly: abs(scaled)) else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        if scaled < 0 && whole != 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(whole / 10_000), minimumCount: 1)
        bytes.append(UInt8(ascii: "."))
        appendDigits(UInt64(whole % 10_000), minimumCount: 4)
    }

    /// A whole number.
    public mutating func integer(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), minimumCount: 1)
    }

    /// The record with its CRLF.
    public consuming func record() -> String {
        bytes.append(13)
        bytes.append(10)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The field alone, without a line end (for `CSVField.number`).
    var fieldText: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func separate() {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
    }

    /// Decimal digits, left-padded with zeros to `minimumCount` (at most 20): written last digit first into a
    /// buffer on the stack, then appended in order.
    private mutating func appendDigits(_ value: UInt64, minimumCount: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            var rest = value
            repeat {
                digits[count] = UInt8(48 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 || count < minimumCount
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(digits[index]) }
        }
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13
    }

    /// The first characters with which Excel, LibreOffice and Google Sheets start a formula (OWASP's list).
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 9 || byte == 13
    }
}
