/// Checks that bytes are well-formed UTF-8 before libyaml sees them.
///
/// libyaml does reject bad UTF-8, but its message names no character and its mark can be off;
/// checking first gives the exact byte and a clear message.
enum UTF8Validation {
    /// The byte offset of the first ill-formed sequence, or nil when all of `bytes` is valid UTF-8.
    /// Rejects overlong forms, surrogates (U+D800...U+DFFF) and code points above U+10FFFF,
    /// following the Unicode standard's table of well-formed byte sequences.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight ASCII bytes at a time: most YAML is ASCII, and this loop runs over every byte.
            if let base = bytes.baseAddress {
                while i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= count { break }
            }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            var length = 0
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondHigh = 0x9F
            case 0xF0: length = 4; secondLow = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondHigh = 0x8F
            default: return i
            }
            if i + length > count { return i }
            let second = bytes[i + 1]
            if second < secondLow || second > secondHigh { return i }
            var k = 2
            while k < length {
                if bytes[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += length
        }
        return nil
    }
}
