import Testing

@testable import AperturaExpressions

/// Calendar, RFC 3339 and duration edges the conformance suite leaves open. Dates are checked by hand:
/// 1970-01-01 was a Thursday, 2000 is a leap year (divisible by 400) and 1900 is not (by 100 only).
@Suite("Time edges")
struct TimeEdgeTests {
    static let values: [(String, CELValue)] = [
        // Before 1970 the seconds since the epoch are negative: days and hours still count forward.
        ("timestamp('1969-12-27T12:00:00Z').getDayOfWeek()", .int(6)),  // four days before Wednesday the 31st
        ("timestamp('1810-09-16T12:00:00Z').getDayOfWeek()", .int(0)),  // the Grito de Dolores, a Sunday
        ("timestamp('1969-12-31T23:00:00Z').getHours()", .int(23)),
        ("timestamp('1969-12-31T23:00:00Z').getDate()", .int(31)),
        ("timestamp('1969-12-31T23:59:59Z').getSeconds()", .int(59)),
        // 2000-02-29 exists: day 31 + 28 = 59 (0-based); 2000-12-31 is day 365.
        ("timestamp('2000-02-29T00:00:00Z').getDayOfYear()", .int(59)),
        ("timestamp('2000-12-31T00:00:00Z').getDayOfYear()", .int(365)),
        // An offset is subtracted to reach UTC: 17:31:30 at -06:00 is 23:31:30Z; 05:01:30 at +05:30 the day after is too.
        ("timestamp('2009-02-13T17:31:30-06:00') == timestamp('2009-02-13T23:31:30Z')", .bool(true)),
        ("timestamp('2009-02-14T05:01:30+05:30') == timestamp('2009-02-13T23:31:30Z')", .bool(true)),
        ("timestamp('2009-02-13T23:59:00+23:59') == timestamp('2009-02-13T00:00:00Z')", .bool(true)),
        // RFC 3339 allows a lowercase 't' and 'z'.
        ("timestamp('2009-02-13t23:31:30z') == timestamp('2009-02-13T23:31:30Z')", .bool(true)),
        // The fraction is written with its leading zeros.
        ("string(timestamp('2009-02-13T23:31:30.000000001Z'))", .string("2009-02-13T23:31:30.000000001Z")),
        ("string(timestamp('2009-02-13T23:31:30.05Z'))", .string("2009-02-13T23:31:30.05Z")),
        // A negative duration under one second keeps its sign.
        ("string(duration('-0.5s'))", .string("-0.5s")),
        // Microseconds with the micro sign (U+00B5) and the Greek mu (U+03BC), as Go writes them.
        ("duration('1\u{00B5}s') == duration('1000ns')", .bool(true)),
        ("duration('1\u{03BC}s') == duration('1000ns')", .bool(true)),
        // The range ends at ±315,576,000,000 s, included.
        ("string(duration('315576000000s'))", .string("315576000000s")),
        ("string(duration('-315576000000s'))", .string("-315576000000s")),
        // The milliseconds of a duration are its fraction (0-999, as the language definition says); the seconds are all of them.
        ("duration('90.25s').getMilliseconds()", .int(250)),
        ("duration('90.25s').getSeconds()", .int(90)),
        // An int converts to that many nanoseconds.
        ("duration(1500000000) == duration('1.5s')", .bool(true)),
        // Fixed offsets up to 23:59, and 'Z' for UTC.
        ("timestamp('2009-02-13T00:00:00Z').getHours('+23:59')", .int(23)),
        ("timestamp('2009-02-13T00:00:00Z').getMinutes('+23:59')", .int(59)),
        ("timestamp('2009-02-13T23:31:30Z').getHours('Z')", .int(23)),
    ]

    @Test("evaluates", arguments: values)
    func evaluates(source: String, expected: CELValue) throws {
        #expect(try value(source) == expected, "\(source)")
    }

    static let invalid: [String] = [
        // No such dates.
        "timestamp('1900-02-29T00:00:00Z')", "timestamp('2025-11-31T00:00:00Z')", "timestamp('2025-04-31T00:00:00Z')",
        // RFC 3339: the offset's hour is 00-23; a second of 60 is refused (as Go and protobuf do).
        "timestamp('2009-02-13T23:31:30+24:00')", "timestamp('2016-12-31T23:59:60Z')",
        // Past the duration range.
        "duration('315576000001s')",
        // Fixed offsets: two-digit hours below 24, minutes below 60.
        "timestamp('2009-02-13T23:31:30Z').getHours('+24:00')", "timestamp('2009-02-13T23:31:30Z').getHours('+00:60')",
        "timestamp('2009-02-13T23:31:30Z').getHours('+1:00')",
        // Only digits between the sign and the colon and after it: these were read as -05:00, +01:00, +01:00 and 04:59.
        "timestamp('2009-02-13T23:31:30Z').getHours('+-5:00')", "timestamp('2009-02-13T23:31:30Z').getHours('--1:00')",
        "timestamp('2009-02-13T23:31:30Z').getHours('++1:00')", "timestamp('2009-02-13T23:31:30Z').getHours('+05:-1')",
    ]

    @Test("invalid dates, offsets and durations are errors", arguments: invalid)
    func refused(_ source: String) throws {
        #expect(try evaluationError(source)?.kind == .invalidArgument, "\(source)")
    }

    @Test("calendar dates from rule files follow the Gregorian leap rule and month lengths")
    func calendarDates() {
        #expect(CELTimestamp(year: 2000, month: 2, day: 29) != nil)
        #expect(CELTimestamp(year: 1900, month: 2, day: 29) == nil)
        #expect(CELTimestamp(year: 2025, month: 11, day: 30) != nil)
        #expect(CELTimestamp(year: 2025, month: 11, day: 31) == nil)
        #expect(CELTimestamp(year: 2025, month: 12, day: 31) != nil)
    }
}
