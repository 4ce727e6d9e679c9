import AperturaAuthoring
import AperturaSource
import AperturaReports
import ArgumentParser

/// `apertura lint [PATH...]`: every problem in rule sets and policies.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Revisa conjuntos de reglas y políticas: esquema, referencias, expresiones, metas, pesos, citas, traducciones.")

    @Argument(help: "Carpetas de reglas, carpetas que las contienen o archivos de política (por omisión: Rules y Policies).")
    var paths: [String] = []

    @Option(name: .long, help: "Formato: text | json | sarif.")
    var format: LintRenderer.Format = .text

    @Flag(name: .long, help: "Las advertencias también hacen fallar (salida 65).")
    var strict = false

    @Option(name: .long, help: "Escribe el resultado en este archivo en lugar de la salida estándar.")
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let result = Linter.lint(paths: paths.isEmpty ? ["Rules", "Policies"] : paths)
        let text = LintRenderer.render(result, format: format, language: language.lang)
        if let output { try AtomicFileWriter.write(text, to: output) } else { try Console.out(text) }
        if result.fails(strict: strict) { throw ExitStatus.invalidInput }
    }
}

extension LintRenderer.Format: ExpressibleByArgument {}
