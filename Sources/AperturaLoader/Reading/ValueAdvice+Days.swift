import AperturaModel
public import AperturaSource

extension ValueAdvice {
    /// A date written with numbers in a known order, but past the month's end (or day 0): `2025-02-30`, or
    /// `30/02/2025` day first (Mexico's order; month first, `02/30/2025`, only when no month could come second,
    /// as `intendedDay` reads it). Saying how many days the month has shows which part to fix, and that February
    /// depends on the year; no date is suggested, since the one written is none. Written day first, it is also
    /// told how dates are written. Also for `--as-of`.
    public static func impossibleDay(_ text: String) -> LocalizedText? {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let yearFirst = parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2
        let yearLast = parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2
        let (year, month, day): (Int, Int, Int)
        if yearFirst {
            (year, month, day) = (a, b, c)
        } else if yearLast {
            (year, month, day) = (1...12).contains(b) ? (c, b, a) : (c, a, b)
        } else {
            return nil
        }
        guard (1...12).contains(month) else { return nil }
        let days = Day.daysIn(month: month, year: year)
        guard day == 0 || day > days else { return nil }
        let length = monthLength(month, year)
        let count = LocalizedText(es: length.es + ": revise el día", en: length.text(.en) + ": check the day")
        guard yearLast else { return count }
        return LocalizedText(es: count.es + ", y escriba la fecha año-mes-día, AAAA-MM-DD",
                             en: count.text(.en) + ", and write the date year-month-day, YYYY-MM-DD")
    }

    /// "febrero de 2028 tiene 29 días", "April 2026 has 30 days" (`month` in 1...12).
    public static func monthLength(_ month: Int, _ year: Int) -> LocalizedText {
        let days = Day.daysIn(month: month, year: year)
        return LocalizedText(es: "\(monthNames.es[month - 1]) de \(year) tiene \(days) días", en: "\(monthNames.en[month - 1]) \(year) has \(days) days")
    }

    private static let monthNames = (
        es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    )
}
