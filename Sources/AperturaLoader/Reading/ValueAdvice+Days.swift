import AperturaModel
import AperturaSource

extension ValueAdvice {
    /// `2025-02-30`: written in the right form, but past the month's end (or day 0). Saying how many days
    /// the month has shows which part to fix, and that February depends on the year.
    static func impossibleDay(_ text: String) -> LocalizedText? {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return nil }
        let days = Day.daysIn(month: month, year: year)
        guard day == 0 || day > days else { return nil }
        return LocalizedText(es: "\(monthNames.es[month - 1]) de \(year) tiene \(days) días: revise el día",
                             en: "\(monthNames.en[month - 1]) \(year) has \(days) days: check the day")
    }

    private static let monthNames = (
        es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    )
}
