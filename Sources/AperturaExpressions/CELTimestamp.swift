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
            for _ in count..<9 where count < 9 { nanos *= 10 }
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

/// A span of time: seconds plus nanoseconds of the same sign, within ±315,576,000,000 s
/// (about 10,000 years), CEL's duration range.
public struct CELDuration: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whole seconds.
    public let seconds: Int64
    /// Same sign as `seconds`, magnitude below 1,000,000,000.
    public let nanos: Int32

    static let maxSeconds: Int64 = 315_576_000_000

    /// Nil when outside CEL's range.
    public init?(seconds: Int64, nanos: Int32 = 0) {
        guard seconds.magnitude <= UInt64(Self.maxSeconds) + 1 else { return nil }
        var s = seconds
        var n = Int64(nanos)
        s += n / 1_000_000_000
        n %= 1_000_000_000
        if s > 0 && n < 0 {
            s -= 1
            n += 1_000_000_000
        } else if s < 0 && n > 0 {
            s += 1
            n -= 1_000_000_000
        }
        guard s.magnitude <= UInt64(Self.maxSeconds) else { return nil }
        self.seconds = s
        self.nanos = Int32(n)
    }

    public static func < (lhs: CELDuration, rhs: CELDuration) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }

    /// Seconds with a fraction where needed, as protobuf's JSON form writes them (`1.5s`).
    public var description: String {
        if nanos == 0 { return "\(seconds)s" }
        let negative = seconds < 0 || nanos < 0
        var fraction = String(abs(Int64(nanos)))
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(negative ? "-" : "")\(abs(seconds)).\(fraction)s"
    }

    /// Parses Go-style duration text (`1h30m`, `-1.5s`, `100ms`, `2us`, `3ns`).
    public init?(text: String) {
        let b = Array(text.utf8)
        var i = 0
        var negative = false
        if i < b.count, b[i] == 0x2D || b[i] == 0x2B {
            negative = b[i] == 0x2D
            i += 1
        }
        if b.count - i == 1, b[i] == 0x30 {
            self.init(seconds: 0)
            return
        }
        guard i < b.count else { return nil }
        var totalNanos: Double = 0
        var exactNanos: Int64 = 0
        var exact = true
        while i < b.count {
            var whole: Int64 = 0
            var fraction: Double = 0
            var scale: Double = 1
            var sawDigit = false
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(b[i] - 0x30))
                if o1 || o2 { return nil }
                whole = a
                sawDigit = true
                i += 1
            }
            if i < b.count, b[i] == 0x2E {
                i += 1
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    scale /= 10
                    fraction += Double(b[i] - 0x30) * scale
                    sawDigit = true
                    exact = false
                    i += 1
                }
            }
            guard sawDigit else { return nil }
            let unitStart = i
            while i < b.count, !(b[i] >= 0x30 && b[i] <= 0x39), b[i] != 0x2E { i += 1 }
            let unit = String(decoding: b[unitStart..<i], as: UTF8.self)
            let factor: Int64
            switch unit {
            case "h": factor = 3_600_000_000_000
            case "m": factor = 60_000_000_000
            case "s": factor = 1_000_000_000
            case "ms": factor = 1_000_000
            case "us", "µs", "μs": factor = 1_000
            case "ns": factor = 1
            default: return nil
            }
            totalNanos += (Double(whole) + fraction) * Double(factor)
            let (p, o) = whole.multipliedReportingOverflow(by: factor)
            if o { exact = false } else {
                let (s, o2) = exactNanos.addingReportingOverflow(p)
                if o2 { exact = false } else { exactNanos = s }
            }
        }
        if exact {
            let s = exactNanos / 1_000_000_000
            let n = exactNanos % 1_000_000_000
            self.init(seconds: negative ? -s : s, nanos: Int32(negative ? -n : n))
        } else {
            guard totalNanos.isFinite, abs(totalNanos) < 4e20 else { return nil }
            let s = (totalNanos / 1e9).rounded(.towardZero)
            let n = (totalNanos - s * 1e9).rounded()
            self.init(seconds: Int64(negative ? -s : s), nanos: Int32(negative ? -n : n))
        }
    }

    /// Total nanoseconds when they fit in Int64.
    var totalNanoseconds: Int64? {
        let (m, o) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if o { return nil }
        let (s, o2) = m.addingReportingOverflow(Int64(nanos))
        return o2 ? nil : s
    }
}

/// Proleptic Gregorian calendar arithmetic in UTC (Howard Hinnant's days-from-civil algorithms),
/// so timestamps need no Foundation calendar.
struct CivilTime {
    var year: Int64
    var month: Int64
    var day: Int64
    var hour: Int64
    var minute: Int64
    var second: Int64
    var dayOfWeek: Int64  // 0 = Sunday
    var dayOfYear: Int64  // 0-based

    init(seconds: Int64) {
        var days = seconds / 86_400
        var rem = seconds % 86_400
        if rem < 0 {
            rem += 86_400
            days -= 1
        }
        hour = rem / 3600
        minute = rem % 3600 / 60
        second = rem % 60
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let weekday = (days + 4) % 7
        dayOfWeek = weekday < 0 ? weekday + 7 : weekday
        dayOfYear = days - Self.daysFromCivil(year: year, month: 1, day: 1)
    }

    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
