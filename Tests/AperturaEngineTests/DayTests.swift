import AperturaModel
import Testing

/// `Day`, the calendar date of as-of dates, phase bounds and dated answers: the Gregorian calendar's leap years,
/// its days since 1970 (what expressions compare dates by) and the `YYYY-MM-DD` it is written as.
@Suite struct DayTests {
    /// Every fourth year is a leap year, but not a century, unless it divides by 400: 2000 was one, 1900 and
    /// 2100 are not.
    @Test func leapYearsOfTheGregorianCalendar() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("1900-02-29") == nil)
        #expect(Day("2100-02-29") == nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day.daysIn(month: 2, year: 2000) == 29)
        #expect(Day.daysIn(month: 2, year: 1900) == 28)
    }

    /// 1970-01-01 is day 0; 2000-03-01 is 30 years of 365 days, plus the 7 leap days of 1972…1996, plus January
    /// (31) and February 2000 (29): 10950 + 7 + 60 = 11017.
    @Test func daysSinceTheEpoch() {
        #expect(Day("1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day("1969-12-31")?.daysSinceEpoch == -1)
        #expect(Day("2000-03-01")?.daysSinceEpoch == 11017)
    }

    /// Written back as it is read: four digits of year, two of month and day, zeros included.
    @Test func writtenWithEveryDigit() {
        #expect(Day(year: 999, month: 1, day: 2)?.description == "0999-01-02")
        #expect(Day("0001-01-01")?.description == "0001-01-01")
        #expect(Day("0000-01-01") == nil)
        // Exactly ten characters: a day of one digit is not a date.
        #expect(Day("2026-06-3") == nil)
        #expect(Day("2026-06-030") == nil)
        // Hyphens only: slashes or dots between the parts are not the format.
        #expect(Day("2026/06/30") == nil)
        #expect(Day("2026.06.30") == nil)
    }
}
