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
