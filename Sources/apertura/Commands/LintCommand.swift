import AperturaAuthoring
import AperturaSource
import AperturaReports
import ArgumentParser
import Foundation

/// `apertura lint [PATH...]`: every problem in rule sets and policies.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: Bilingual.text("Revisa conjuntos de reglas y políticas: esquema, referencias, expresiones, metas, pesos, citas, traducciones.", en: "Checks rule sets and policies: schema, references, expressions, goals, weights, citations, translations."))

    @Argument(help: Bilingual.help("Carpetas de reglas, carpetas que las contienen o archivos de política (por omisión: Rules y Policies).", en: "Rule set folders, folders holding them, or policy files (by default: Rules and Policies)."))
    var paths: [String] = []

    @Option(name: .long, help: Bilingual.help("Formato: text | json | sarif.", en: "Format: text | json | sarif."))
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: Bilingual.help("Las advertencias también hacen fallar (salida 65).", en: "Warnings fail too (exit 65)."))
    var strict = false

    @Option(name: .long, help: Bilingual.help("Escribe el resultado en este archivo en lugar de la salida estándar.", en: "Writes the result to this file instead of standard output."))
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let paths = paths.isEmpty ? Self.defaultPaths() : paths
        try OutputNotInput.check(output, option: "--output", inputs: { FilesRead.authoring(under: paths) }, folders: { FilesRead.foldersSearched(under: paths) }, language: language.lang)
        let result = Linter.lint(paths: paths)
        let text = LintRenderer.render(result, format: format, language: language.lang)
        if let output { try AtomicFileWriter.write(text, to: output) } else { try Console.out(text) }
        if result.fails(strict: strict) { throw ExitStatus.invalidInput }
    }

    /// `Rules` and `Policies` of the current folder, those that exist: a folder of policies alone (an authority's
    /// drafts) is linted, each policy against the bundled rule set it names (said in a note), rather than refused for
    /// the `Rules` it does not need. Both when neither exists, so that the error names what was looked for.
    static func defaultPaths() -> [String] {
        let present = ["Rules", "Policies"].filter { FileManager.default.fileExists(atPath: $0) }
        return present.isEmpty ? ["Rules", "Policies"] : present
    }
}
