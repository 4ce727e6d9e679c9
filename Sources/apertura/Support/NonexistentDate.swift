import AperturaLoader
import AperturaModel
import AperturaSource

/// Text written as a date (`YYYY-MM-DD`, digits in place) that is no day of the calendar (2026-02-30): it is
/// not a wrongly written date, and saying so would send the user looking for a typo in the form.
struct NonexistentDate {
    let text: String
    let year: Int
    let month: Int
    let day: Int

    /// Nil unless `text` has the form of a date and `Day` refuses it.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard Day(text) == nil, parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        (self.text, self.year, self.month, self.day) = (text, year, month, day)
    }

    /// "la fecha 2026-02-30 no existe: febrero de 2026 tiene 28 días".
    func message(_ language: Language) -> String {
        let es = language == .es
        let reason: String? = if year == 0 {
            es ? "no hay año 0" : "there is no year 0"
        } else if !(1...12).contains(month) {
            es ? "no hay mes \(month)" : "there is no month \(month)"
        } else if day == 0 {
            es ? "no hay día 0" : "there is no day 0"
        } else {
            ValueAdvice.monthLength(month, year).text(language)
        }
        return (es ? "la fecha \(text) no existe" : "the date \(text) does not exist") + (reason.map { ": " + $0 } ?? "")
    }
}
