/// A point in time: seconds since the Unix epoch plus nanoseconds, within CEL's range
/// 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
public struct CELTimestamp: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64
    /// 0 ..< 1,000,000,000.
    public let nanos: Int32

    static let minSeconds: Int64 = -62_135_596_800
    static let maxSeconds: Int64 = 253_402_300_799

    /// Nil when outside CEL's range.
    public init?(seconds: Int64, nanos: Int32 = 0) {
        guard seconds >= Self.minSeconds - 1, seconds <= Self.maxSeconds + 1, nanos > -1_000_000_000, nanos < 1_000_000_000
        else { return nil }
        var s = seconds
        var n = nanos
        if n < 0 {
            s -= 1
            n += 1_000_000_000
        } else if n >= 1_000_000_000 {
            s += 1
            n -= 1_000_000_000
        }
        guard s >= Self.minSeconds, s <= Self.maxSeconds else { return nil }
        self.seconds = s
        self.nanos = n
    }

    /// Midnight UTC of a calendar date (how rule files' `date` answers enter expressions);
    /// nil for an invalid date or one outside CEL's range.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilTime.daysInMonth(year: Int64(year), month: Int64(month)) else {
            return nil
        }
        self.init(seconds: CivilTime.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day)) * 86_400)
    }

    public static func < (lhs: CELTimestamp, rhs: CELTimestamp) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }

    /// RFC 3339 text in UTC, with as many fraction digits as needed (`2009-02-13T23:31:30Z`).
    public var description: String {
        let civil = CivilTime(seconds: seconds)
        func pad(_ v: Int64, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var text = "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))T"
            + "\(pad(civil.hour, 2)):\(pad(civil.minute, 2)):\(pad(civil.second, 2))"
        if nanos != 0 {
            var fraction = pad(Int64(nanos), 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    /// Parses RFC 3339 (`2009-02-13T23:31:30.5-06:00`); nil when malformed or out of range.
    public init?(rfc3339 text: String) {
        let b = Array(text.utf8)
        var i = 0
        func digits(_ n: Int) -> Int64? {
            guard i + n <= b.count else { return nil }
            var v: Int64 = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int64(c - 0x30)
            }
            i += n
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
            i < b.count, b[i] == 0x54 || b[i] == 0x74
        else { return nil }
        i += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2), expect(0x3A), let second = digits(2)
        else { return nil }
        var nanos: Int64 = 0
        if i < b.count, b[i] == 0x2E {
            i += 1
            var count = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                if count < 9 { nanos = nanos * 10 + Int64(b[i] - 0x30) }
                count += 1
                i += 1
            }
            guard count > 0 else { return nil }
            // Digits past the ninth are dropped (as cel-go does); `count..<9` would trap for more than nine.
            for _ in min(count, 9)..<9 { nanos *= 10 }
        }
        guard i < b.count else { return nil }
        var offset: Int64 = 0
        if b[i] == 0x5A || b[i] == 0x7A {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D {
            let sign: Int64 = b[i] == 0x2D ? -1 : 1
            i += 1
            guard let oh = digits(2), expect(0x3A), let om = digits(2), oh < 24, om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == b.count, (1...12).contains(month), day >= 1,
            day <= CivilTime.daysInMonth(year: year, month: month), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilTime.daysFromCivil(year: year, month: month, day: day)
        let total = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        self.init(seconds: total, nanos: Int32(nanos))
    }
}
