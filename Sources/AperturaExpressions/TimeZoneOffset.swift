import Foundation

/// Resolves the time-zone argument of timestamp accessors: `UTC`, fixed offsets (`+11:00`,
/// `-02:30`, `02:00`) and IANA names (`America/Mexico_City`) through Foundation.
enum TimeZoneOffset {
    /// Seconds east of UTC in `zone` at the instant `seconds`, or nil for an unknown zone.
    static func offset(_ zone: String, at seconds: Int64) -> Int64? {
        if zone == "UTC" || zone == "Z" { return 0 }
        let b = Array(zone.utf8)
        if let first = b.first, first == 0x2B || first == 0x2D || (first >= 0x30 && first <= 0x39) {
            var i = 0
            var sign: Int64 = 1
            if first == 0x2B || first == 0x2D {
                sign = first == 0x2D ? -1 : 1
                i = 1
            }
            let parts = String(decoding: b[i...], as: UTF8.self).split(separator: ":", omittingEmptySubsequences: false)
            // Digits only: `Int64` also reads a sign, so '+-5:00' was taken for -05:00.
            guard parts.count == 2, parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
                let h = Int64(parts[0]), let m = Int64(parts[1]), h < 24, m < 60, parts[0].count == 2, parts[1].count == 2
            else { return nil }
            return sign * (h * 3600 + m * 60)
        }
        guard let tz = TimeZone(identifier: zone) else { return nil }
        return Int64(tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }
}
