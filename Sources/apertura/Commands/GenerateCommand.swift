import AperturaBatch
import AperturaEngine
import AperturaLoader
import ArgumentParser
import Foundation

/// `apertura generate --count N --seed S --output DIR`: a deterministic synthetic population of
/// self-assessments, for demos and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Genera una población sintética y determinista de autoevaluaciones (demostraciones y mediciones).")

    @Option(name: .long, help: "Número de autoevaluaciones.")
    var count: Int

    @Option(name: .long, help: "Semilla: la misma semilla da los mismos archivos.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Carpeta de salida.")
    var output: String

    @Option(name: .long, help: "Carpeta del conjunto de reglas (por omisión, Rules/pai).")
    var rules: String?

    @Flag(name: .long, help: "Un solo archivo con varios documentos YAML en lugar de un archivo por institución.")
    var stream = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if count < 0 { throw ValidationError("--count: no puede ser negativo") }
    }

    func run() throws {
        let directory = rules ?? Workspace.bundled(Workspace.defaultRuleSet)
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: directory)
        Console.print(diagnostics.sorted, language: language.lang)
        guard let ruleSet, !diagnostics.hasErrors else { throw ExitStatus.invalidInput }
        let paths: [String]
        do {
            paths = try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: seed), count: count, to: output, stream: stream)
        } catch {
            // A folder that cannot be made or written: said plainly, not as Foundation's error dump.
            let reason = (error as NSError).localizedDescription
            Console.err(language.lang == .es ? "error: no se pudo escribir en «\(output)»: \(reason)\n"
                                             : "error: could not write to '\(output)': \(reason)\n")
            throw ExitStatus.cannotWrite
        }
        Console.err(language.lang == .es ? "\(count) autoevaluaciones en \(paths.count) archivo(s) en \(output)\n"
                                         : "\(count) self-assessments in \(paths.count) file(s) in \(output)\n")
    }
}
