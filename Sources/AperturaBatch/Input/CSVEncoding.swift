/// The character encoding of a CSV table. Spreadsheets on Spanish-language Windows save "CSV" in
/// Windows-1252 unless told "CSV UTF-8", so a mapping may declare it (`encoding: windows-1252`).
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// Why a field's bytes are not text of this encoding.
    public enum Problem: Error, Sendable, Hashable {
        /// Not UTF-8 (declared UTF-8).
        case notUTF8
        /// A byte Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D).
        case undefinedByte(UInt8)
        /// Declared Windows-1252, but the bytes read as UTF-8 ("Ã©" for "é"): the table is UTF-8.
        case looksUTF8
    }

    /// The text of a field's bytes.
    public func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self).map { .success($0) } ?? .failure(.notUTF8)
        case .windows1252:
            guard bytes.contains(where: { $0 >= 0x80 }) else { return .success(String(decoding: bytes, as: UTF8.self)) }
            // A multi-byte UTF-8 character would read as two or three Windows-1252 ones ("Ã©"), a pairing
            // Spanish text never has: taken as the table being UTF-8, not as that text.
            if String(validating: bytes, as: UTF8.self) != nil { return .failure(.looksUTF8) }
            var text = String.UnicodeScalarView()
            for byte in bytes {
                guard let scalar = Self.windows1252Scalar(byte) else { return .failure(.undefinedByte(byte)) }
                text.append(scalar)
            }
            return .success(String(text))
        }
    }

    /// Where in `bytes` (a field that `decode` refused with `problem`) the problem starts, so that it is placed at
    /// the byte and not at the field's start: the first byte of the first ill-formed UTF-8 sequence, the undefined
    /// byte, or the first byte of the first UTF-8 character.
    public static func offset(of problem: Problem, in bytes: [UInt8]) -> Int {
        switch problem {
        case .notUTF8:
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
            return max(0, min(offset, bytes.count - 1))
        case .undefinedByte(let byte): return bytes.firstIndex(of: byte) ?? 0
        case .looksUTF8: return bytes.firstIndex(where: { $0 >= 0x80 }) ?? 0
        }
    }

    /// Windows-1252 differs from Latin-1 only in 80–9F, where it puts punctuation and a few letters.
    static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
        return high[Int(byte) - 0x80].flatMap(Unicode.Scalar.init)
    }
}
