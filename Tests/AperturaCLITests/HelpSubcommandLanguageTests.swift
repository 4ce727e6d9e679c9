import Testing

/// The top-level help says "See 'apertura help <subcommand>' for detailed help": `help` takes `--lang` as every
/// command does (ArgumentParser's `help` refused it as an unknown option, so its help was Spanish only).
@Suite struct HelpSubcommandLanguageTests {
    @Test(arguments: [
        (["help", "evaluate", "--lang", "en"], "OVERVIEW: Evaluates a self-assessment: compliance and gap report.\n"),
        (["help", "--lang=en", "batch"], "OVERVIEW: Evaluates many self-assessments: results, aggregates"),
        (["help", "--lang", "en"], "OVERVIEW: Evaluates institutional-openness self-assessments"),
        (["help", "evaluate", "--lang", "es"], "RESUMEN: Evalúa una autoevaluación: reporte de cumplimiento y de brechas.\n"),
        (["help", "evaluate"], "RESUMEN: Evalúa una autoevaluación: reporte de cumplimiento y de brechas.\n"),
    ])
    func helpTakesTheLanguage(_ arguments: [String], _ start: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(start), "\(r.stdout.prefix(200))")
    }

    /// Any other option is still refused.
    @Test func otherOptionsOfHelpAreStillUsageErrors() throws {
        let r = try CLI.run(["help", "evaluate", "--lang", "en", "--bogus"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: Unknown option '--bogus'"), "\(r.stderr)")
    }
}
