import AperturaAuthoring
import AperturaSource
import AperturaReports
import ArgumentParser

/// `apertura test [PATH...]`: runs the `*.tests.yaml` files kept beside the rule files.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Ejecuta las pruebas de reglas (*.tests.yaml); falla si alguna falla o si no se ejecutó ninguna.")

    @Argument(help: "Carpetas o archivos de pruebas (por omisión: Rules).")
    var paths: [String] = []

    @Flag(name: .long, help: "Lista las reglas e indicadores que ninguna prueba ejercita.")
    var coverage = false

    @Flag(name: .customLong("require-full-coverage"), help: "Falla si alguna regla o indicador queda sin probar.")
    var requireFullCoverage = false

    @Option(name: .long, help: "Escribe además el resultado en JUnit XML en este archivo.")
    var junit: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let run = RuleTestRunner.run(paths: paths.isEmpty ? ["Rules"] : paths)
        Console.print(run.diagnostics, language: lang)
        try Console.out(RuleTestRenderer.text(run, coverage: coverage || requireFullCoverage, language: lang))
        if let junit { try AtomicFileWriter.write(RuleTestRenderer.junit(run, language: lang), to: junit) }
        if run.hasInvalidInput { throw ExitStatus.invalidInput }
        if run.results.isEmpty || run.failedCount > 0 || (requireFullCoverage && !run.fullyCovered) { throw ExitStatus.nonCompliant }
    }
}
