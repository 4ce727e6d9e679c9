import AperturaBatch
import AperturaEngine
import AperturaLoader
import AperturaReports
import AperturaSource
import ArgumentParser
import Foundation

/// `apertura generate --count N --seed S --output DIR`: a deterministic synthetic population of
/// self-assessments, for demos and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: Bilingual.text("Genera una población sintética y determinista de autoevaluaciones (demostraciones y mediciones).", en: "Generates a synthetic, deterministic population of self-assessments (for demos and benchmarks)."))

    // Unconditional: `--count -1` is a count out of range, said in the user's language, not a missing value.
    @Option(name: .long, parsing: .unconditional, help: Bilingual.help("Número de autoevaluaciones, de 0 a 999999.", en: "Number of self-assessments, 0 to 999999."))
    var count: Int

    // Read as text and checked in `validate()`: `--seed -1` or `--seed abc` is a seed out of range, said in the
    // user's language, not ArgumentParser's "missing value" or its English "invalid value".
    @Option(name: .long, parsing: .unconditional, help: Bilingual.help("Semilla: la misma semilla da los mismos archivos (entero de 0 a 18446744073709551615).", en: "Seed: the same seed gives the same files (a whole number from 0 to 18446744073709551615)."))
    var seed: String = "1"

    @Option(name: .long, help: Bilingual.help("Carpeta de salida.", en: "Output folder."))
    var output: String

    @Option(name: .long, help: Bilingual.help("Carpeta del conjunto de reglas (por omisión, Rules/pai).", en: "Rule set folder (Rules/pai by default)."))
    var rules: String?

    @Flag(name: .long, help: Bilingual.help("Un solo archivo con varios documentos YAML en lugar de un archivo por institución.", en: "One file of many YAML documents instead of one file per institution."))
    var stream = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        // Past the six-digit ids a slip of the keyboard (`--count 1000000000`) would fill the disk.
        if !(0...PopulationWriter.maximumCount).contains(count) {
            throw ValidationError(language.lang == .es ? "--count: debe estar entre 0 y \(PopulationWriter.maximumCount)"
                                                       : "--count: must be between 0 and \(PopulationWriter.maximumCount)")
        }
        if UInt64(seed) == nil {
            throw ValidationError(language.lang == .es ? "--seed: «\(seed)» no es un entero de 0 a \(UInt64.max)"
                                                       : "--seed: '\(seed)' is not a whole number from 0 to \(UInt64.max)")
        }
    }

    func run() throws {
        let directory = rules ?? Workspace.bundled(Workspace.defaultRuleSet)
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: directory)
        Console.print(diagnostics.sorted, language: language.lang)
        guard let ruleSet, !diagnostics.hasErrors else { throw ExitStatus.invalidInput }
        let paths: [String]
        // Named in what is said below as diagnostics name files: a control character in the name is shown, not obeyed.
        let shown = HiddenCharacters.shownName(output)
        do {
            paths = try PopulationWriter.write(PopulationGenerator(ruleSet: ruleSet, seed: UInt64(seed) ?? 1), count: count, to: output, stream: stream)
        } catch let earlier as PopulationWriter.EarlierInputs {
            // Written into, the folder would hold two populations, and a batch of it would read both.
            Console.err(language.lang == .es
                ? (earlier.count == 1
                    ? "error: «\(shown)» ya contiene 1 entrada que esta población no reemplaza («\(HiddenCharacters.shownName(earlier.first))»); "
                        + "un lote de la carpeta la leería junto con la nueva: elija una carpeta vacía o bórrela\n"
                    : "error: «\(shown)» ya contiene \(earlier.count) entradas que esta población no reemplaza (la primera, «\(HiddenCharacters.shownName(earlier.first))»); "
                        + "un lote de la carpeta las leería junto con la nueva: elija una carpeta vacía o bórrelas\n")
                : (earlier.count == 1
                    ? "error: '\(shown)' already holds 1 input this population does not replace ('\(HiddenCharacters.shownName(earlier.first))'); "
                        + "a batch of the folder would read it with the new one: choose an empty folder or delete it\n"
                    : "error: '\(shown)' already holds \(earlier.count) inputs this population does not replace (the first, '\(HiddenCharacters.shownName(earlier.first))'); "
                        + "a batch of the folder would read them with the new one: choose an empty folder or delete them\n"))
            throw ExitStatus.cannotWrite
        } catch let error as AtomicWriteError {
            // A folder that cannot be made, or a file that cannot be written: the reason in the user's language.
            Console.err("error: \(error.message(language.lang))\n")
            throw ExitStatus.cannotWrite
        } catch {
            // A folder that cannot be made or written: said plainly, not as Foundation's error dump.
            let reason = (error as NSError).localizedDescription
            Console.err(language.lang == .es ? "error: no se pudo escribir en «\(shown)»: \(reason)\n"
                                             : "error: could not write to '\(shown)': \(reason)\n")
            throw ExitStatus.cannotWrite
        }
        Console.err(language.lang == .es
            ? "\(CountText.of(count, "autoevaluación", "autoevaluaciones")) en \(CountText.of(paths.count, "archivo", "archivos")) en \(shown)\n"
            : "\(CountText.of(count, "self-assessment", "self-assessments")) in \(CountText.of(paths.count, "file", "files")) in \(shown)\n")
    }
}
