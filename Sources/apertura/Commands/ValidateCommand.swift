import AperturaAuthoring
import AperturaEngine
import AperturaLoader
import AperturaReports
import AperturaSource
import AperturaYAML
import ArgumentParser
import Foundation

/// `apertura validate PATH...`: every problem of each self-assessment, at file:line:column. A folder is searched
/// for self-assessments as `batch` searches it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: Bilingual.text("Valida autoevaluaciones: errores precisos en archivo:línea:columna, respuestas faltantes incluidas.", en: "Validates self-assessments: precise errors at file:line:column, missing answers included."))

    @Argument(help: Bilingual.help("Autoevaluaciones (YAML), o carpetas que las contienen; - lee una de la entrada estándar.",
                                   en: "Self-assessments (YAML), or folders that hold them; - reads one from standard input."))
    var files: [String]

    @Option(name: .long, help: Bilingual.help("Carpeta del conjunto de reglas (por omisión, la que nombra cada archivo).", en: "Rule set folder (by default, the one each file names)."))
    var rules: String?

    @Option(name: .long, help: Bilingual.help("Formato: text | json | sarif. json y sarif dan un solo documento en la salida estándar, con los conteos.",
                                              en: "Format: text | json | sarif. json and sarif give one document on standard output, with the counts."))
    var format: DiagnosticFormat = .text

    @Option(name: .long, help: Bilingual.help("Escribe el resultado en este archivo (de forma atómica) en lugar de mostrarlo.", en: "Writes the result to this file (atomically) instead of showing it."))
    var output: String?

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let day = try asOf.day(lang)
        let inputs = ValidationInput.find(in: files)
        // Not over a self-assessment validated, a rule file read, nor as a new YAML file where the next run would read it.
        try OutputNotInput.check(output, option: "--output", inputs: {
            files + inputs.compactMap(\.input).compactMap(\.path) + ruleDirectories(inputs).flatMap(RuleSetLoader.ruleFiles(in:))
        }, folders: { files.filter(Self.isFolder) + ruleDirectories(inputs) }, language: lang)
        // Nor over the file piped in (`cat a.yaml | apertura validate - --output a.yaml`).
        for input in inputs.compactMap(\.input) {
            try OutputNotInput.checkNotStandardInput(output, read: input.standardInputBytes, option: "--output", language: lang)
        }
        // Text for a person is printed on standard error as each file is read; any other output is one document.
        let streaming = format == .text && output == nil
        var validator = Validator(rules: rules, asOf: day)
        var result = ValidationResult()
        for input in inputs {
            var file: ValidatedFile
            do {
                file = try validator.validate(input)
            } catch {
                throw ValidationError(error.usageText(lang))
            }
            if streaming {
                if file.listsDiagnostics {
                    Console.print(file.diagnostics, language: lang)
                    if let line = ValidationRenderer.statusLine(file, language: lang) { Console.err(line) }
                }
                // Printed: only the counts are kept, so that a large folder takes no more memory than one file.
                file.diagnostics = []
            }
            result.files.append(file)
        }
        if streaming {
            if let line = ValidationRenderer.summaryLine(result, language: lang) { Console.err(line) }
        } else {
            let text = ValidationRenderer.render(result, format: format, language: lang)
            if let output { try AtomicFileWriter.write(text, to: output) } else { try Console.out(text) }
        }
        if result.invalidCount > 0 { throw ExitStatus.invalidInput }
    }

    /// The rule set folders the self-assessments are read against (a table is not).
    private func ruleDirectories(_ inputs: [ValidationInput]) -> [String] {
        let files = inputs.compactMap(\.input).filter { TableInput.error(for: $0.name) == nil }
        return Array(Set(files.map { Workspace.rulesDirectory(for: $0, override: rules) })).sorted()
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
