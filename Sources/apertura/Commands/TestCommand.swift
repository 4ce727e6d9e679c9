import AperturaAuthoring
import AperturaSource
import AperturaReports
import ArgumentParser

/// `apertura test [PATH...]`: runs the `*.tests.yaml` files kept beside the rule files.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: Bilingual.text("Ejecuta las pruebas de reglas (*.tests.yaml); falla si alguna falla o si no se ejecutó ninguna.", en: "Runs the rule tests (*.tests.yaml); fails when one fails or none ran."))

    @Argument(help: Bilingual.help("Carpetas o archivos de pruebas (por omisión: Rules).", en: "Test folders or files (by default: Rules)."))
    var paths: [String] = []

    @Flag(name: .long, help: Bilingual.help("Lista las reglas e indicadores que ninguna prueba ejercita.", en: "Lists the rules and indicators that no test exercises."))
    var coverage = false

    @Flag(name: .customLong("require-full-coverage"), help: Bilingual.help("Falla si alguna regla o indicador queda sin probar.", en: "Fails when a rule or indicator is left untested."))
    var requireFullCoverage = false

    @Option(name: .long, help: Bilingual.help("Escribe además el resultado en JUnit XML en este archivo.", en: "Also writes the result as JUnit XML to this file."))
    var junit: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let paths = paths.isEmpty ? ["Rules"] : paths
        try OutputNotInput.check(junit, option: "--junit", inputs: { FilesRead.authoring(under: paths) }, folders: { FilesRead.foldersSearched(under: paths) }, language: lang)
        let run = RuleTestRunner.run(paths: paths)
        Console.print(run.diagnostics, language: lang)
        try Console.out(RuleTestRenderer.text(run, coverage: coverage || requireFullCoverage, language: lang))
        if let junit { try AtomicFileWriter.write(RuleTestRenderer.junit(run, language: lang), to: junit) }
        if run.hasInvalidInput { throw ExitStatus.invalidInput }
        if run.results.isEmpty || run.failedCount > 0 || (requireFullCoverage && !run.fullyCovered) { throw ExitStatus.nonCompliant }
    }
}
