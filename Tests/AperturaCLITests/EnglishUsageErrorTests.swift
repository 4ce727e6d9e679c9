import Foundation
import Testing
import TestSupport

/// `--lang en` puts every message of `evaluate` in English, usage errors included.
@Suite struct EnglishUsageErrorTests {
    let zapopan = ["evaluate", "Examples/municipio-zapopan.yaml", "--lang", "en"]

    @Test func aDateOutOfTheCalendarIsSaidInEnglish() throws {
        let r = try CLI.run(zapopan + ["--as-of", "2026-02-30"])
        #expect(r.status == 64)
        // Well formed but not a day of the calendar: 2026 is not a leap year, February has 28 days.
        #expect(r.stderr.contains("--as-of: the date 2026-02-30 does not exist: February 2026 has 28 days"), "\(r.stderr)")
        let spanish = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-02-30"])
        #expect(spanish.status == 64)
        #expect(spanish.stderr.contains("--as-of: la fecha 2026-02-30 no existe: febrero de 2026 tiene 28 días"), "\(spanish.stderr)")
        // The usage shown is the command's own, not the tool's.
        #expect(spanish.stderr.contains("Uso: apertura evaluate "), "\(spanish.stderr)")
        let batch = try CLI.run(["batch", "Examples", "--output", "/tmp/apertura-asof-\(UInt32.random(in: 0...UInt32.max))", "--as-of", "2026-13-01", "--lang=en"])
        #expect(batch.status == 64)
        #expect(batch.stderr.contains("--as-of: the date 2026-13-01 does not exist: there is no month 13"), "\(batch.stderr)")
        #expect(batch.stderr.contains("Usage: apertura batch "), "\(batch.stderr)")
    }

    /// `diff` uses `--as-of` only with self-assessments to compare; a date that is no date is a usage error all the
    /// same (checked as the command line is read), in the user's language, not an option silently ignored.
    @Test func diffRefusesABadDateEvenWithoutInputs() throws {
        let r = try CLI.run(["diff", "--from", "Rules/pai", "--to", "Rules/pai", "--as-of", "2026-13-01", "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: --as-of: the date 2026-13-01 does not exist: there is no month 13\nUsage: apertura diff "), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let dayFirst = try CLI.run(["diff", "--from", "Rules/pai", "--to", "Rules/pai", "Examples/municipio-zapopan.yaml", "--as-of", "30/06/2026", "--lang", "en"])
        #expect(dayFirst.status == 64)
        #expect(dayFirst.stderr.hasPrefix("Error: --as-of: '30/06/2026' is not a YYYY-MM-DD date: did you mean 2026-06-30?\n"), "\(dayFirst.stderr)")
    }

    /// Written day first and no day of the calendar either (2026 is not a leap year: February has 28 days; April
    /// has 30): the advice a self-assessment's date gets, not only "not a YYYY-MM-DD date".
    @Test func aDayFirstDateOutOfTheCalendarGetsTheMonthsLength() throws {
        let february = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "30/02/2026"])
        #expect(february.status == 64)
        #expect(february.stderr.contains("--as-of: la fecha «30/02/2026» no existe: febrero de 2026 tiene 28 días: revise el día, y escriba la fecha año-mes-día, AAAA-MM-DD\n"), "\(february.stderr)")
        let april = try CLI.run(zapopan + ["--as-of", "31/04/2026"])
        #expect(april.status == 64)
        #expect(april.stderr.contains("--as-of: the date '31/04/2026' does not exist: April 2026 has 30 days: check the day, and write the date year-month-day, YYYY-MM-DD\n"), "\(april.stderr)")
    }

    /// A date written day first, as in Mexico, is shown in the form to write, in both languages.
    @Test func aDateWrittenDayFirstIsShownYearMonthDay() throws {
        let spanish = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "30/06/2026"])
        #expect(spanish.status == 64)
        #expect(spanish.stderr.contains("--as-of: «30/06/2026» no es una fecha AAAA-MM-DD: ¿quiso decir 2026-06-30?"), "\(spanish.stderr)")
        let english = try CLI.run(zapopan + ["--as-of", "30/06/2026"])
        #expect(english.stderr.contains("--as-of: '30/06/2026' is not a YYYY-MM-DD date: did you mean 2026-06-30?"), "\(english.stderr)")
    }

    /// A date the policy's calendar does not cover is a usage error in `batch` as in `evaluate` (64), with the usage.
    @Test func aDateNoPhaseCoversIsAUsageErrorInBothCommands() throws {
        let evaluate = try CLI.run(zapopan + ["--as-of", "2040-01-01"])
        #expect(evaluate.status == 64)
        #expect(evaluate.stderr.hasPrefix("Error: the as-of date 2040-01-01 falls in no phase of the policy's calendar (the calendar runs from 2025-01-01 to 2035-12-31) [no_phase]\nUsage: apertura evaluate "), "\(evaluate.stderr)")
        let output = "/tmp/apertura-nophase-\(UInt32.random(in: 0...UInt32.max))"
        let batch = try CLI.run(["batch", "Examples", "--output", output, "--as-of", "2040-01-01", "--lang", "en"])
        #expect(batch.status == 64)
        #expect(batch.stderr.hasPrefix("Error: the as-of date 2040-01-01 falls in no phase of the policy's calendar (the calendar runs from 2025-01-01 to 2035-12-31) [no_phase]\nUsage: apertura batch "), "\(batch.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anUnknownLevelIsSaidInEnglish() throws {
        let r = try CLI.run(zapopan + ["--as-of", "2026-06-30", "--fail-on", "regular"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--fail-on: 'regular' is not a level of the policy; levels: avanzado, en_desarrollo, inicial, insuficiente"), "\(r.stderr)")
    }

    /// A negative count is a value out of range, in the user's language, not ArgumentParser's "missing value".
    @Test func aNegativeCountIsOutOfRange() throws {
        let generate = try CLI.run(["generate", "--count", "-1", "--output", "/tmp/apertura-neg-\(UInt32.random(in: 0...UInt32.max))"])
        #expect(generate.status == 64)
        #expect(generate.stderr.hasPrefix("Error: --count: debe estar entre 0 y 999999\n"), "\(generate.stderr)")
        let batch = try CLI.run(["batch", "Examples", "--output", "/tmp/apertura-neg-\(UInt32.random(in: 0...UInt32.max))", "--jobs", "-2", "--lang", "en"])
        #expect(batch.status == 64)
        #expect(batch.stderr.hasPrefix("Error: --jobs: must be between 1 and 256\n"), "\(batch.stderr)")
    }

    /// "de 0 a 999999": both ends are counts; zero makes an empty population (an empty folder), one past the
    /// top is refused.
    @Test func theCountRangeIncludesZero() throws {
        let output = Scratch.url.appendingPathComponent("apertura-zero-\(UUID().uuidString)").path
        let zero = try CLI.run(["generate", "--count", "0", "--output", output])
        #expect(zero.status == 0, "\(zero.stderr)")
        #expect(zero.stderr == "0 autoevaluaciones en 0 archivos en \(output)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).isEmpty)
        let past = try CLI.run(["generate", "--count", "1000000", "--output", output + "-past"])
        #expect(past.status == 64)
        #expect(past.stderr.hasPrefix("Error: --count: debe estar entre 0 y 999999\n"), "\(past.stderr)")
    }

    /// A seed that is not a whole number from 0 to 2^64 - 1: out of range in the user's language, not "missing value".
    @Test func aSeedOutOfRangeIsSaidInTheUsersLanguage() throws {
        let output = "/tmp/apertura-seed-\(UInt32.random(in: 0...UInt32.max))"
        let negative = try CLI.run(["generate", "--count", "1", "--seed", "-1", "--output", output])
        #expect(negative.status == 64)
        #expect(negative.stderr.hasPrefix("Error: --seed: «-1» no es un entero de 0 a 18446744073709551615\nUso: apertura generate "), "\(negative.stderr)")
        let text = try CLI.run(["generate", "--count", "1", "--seed", "abc", "--output", output, "--lang", "en"])
        #expect(text.status == 64)
        #expect(text.stderr.hasPrefix("Error: --seed: 'abc' is not a whole number from 0 to 18446744073709551615\n"), "\(text.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aJobCountOutOfRangeIsSaidInEnglish() throws {
        let r = try CLI.run(["batch", "Examples", "--output", "/tmp/apertura-jobs-\(UInt32.random(in: 0...UInt32.max))", "--jobs", "0", "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--jobs: must be between 1 and 256"), "\(r.stderr)")
    }

    /// A usage error found while the command runs (a rule that does not exist) shows that command's usage.
    @Test func aUsageErrorFoundWhileRunningShowsTheCommandsUsage() throws {
        let r = try CLI.run(["explain", "Examples/municipio-zapopan.yaml", "--rule", "no_existe", "--as-of", "2026-06-30"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: --rule: la regla «no_existe» no existe.\nUso: apertura explain [<file>] [--rule <rule>]"), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("Vea 'apertura explain --help' para más información.\n"))
    }

    /// A well-formed date that is no day of the calendar is said not to exist, in explain as in evaluate; 2028 is a
    /// leap year (29 days in February), April has 30 days.
    @Test func aDateThatDoesNotExistIsSaidSo() throws {
        let leap = try CLI.run(["explain", "Examples/municipio-zapopan.yaml", "--rule", "cumplimiento_portal", "--as-of", "2028-02-30"])
        #expect(leap.status == 64)
        #expect(leap.stderr.contains("--as-of: la fecha 2028-02-30 no existe: febrero de 2028 tiene 29 días"), "\(leap.stderr)")
        let april = try CLI.run(["explain", "--rule", "cumplimiento_portal", "--as-of", "2026-04-31", "--lang", "en"])
        #expect(april.status == 64)
        #expect(april.stderr.contains("--as-of: the date 2026-04-31 does not exist: April 2026 has 30 days"), "\(april.stderr)")
        let zero = try CLI.run(["evaluate", "Examples/municipio-zapopan.yaml", "--as-of", "2026-06-00"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--as-of: la fecha 2026-06-00 no existe: no hay día 0"), "\(zero.stderr)")
    }
}
