import AperturaModel
import Foundation

/// The command line's clock: the engine has none, so the default as-of date is taken here, once.
enum Today {
    static func day() -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Mexico_City") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(year: 2026, month: 1, day: 1)!
    }
}
