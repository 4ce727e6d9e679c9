import AperturaAuthoring
import AperturaBatch
import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaReports
import ArgumentParser
import Foundation

/// `apertura schemas --output schemas/`: writes the editor schemas generated from the model, and
/// optionally refreshes the generated tables of the authors' guide.
struct SchemasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemas",
        abstract: Bilingual.text("Genera los JSON Schema de archivos de reglas, políticas, pruebas y autoevaluaciones (y las tablas de la guía).", en: "Generates the JSON Schemas of rule files, policies, tests and self-assessments (and the guide's tables)."))

    @Option(name: .long, help: Bilingual.help("Carpeta donde escribir los esquemas.", en: "Folder to write the schemas into."))
    var output: String = "schemas"

    @Option(name: .long, help: Bilingual.help("Carpetas de conjuntos de reglas para los esquemas de autoevaluación propios (por omisión: las de Rules).", en: "Rule set folders for their own self-assessment schemas (by default: those in Rules)."))
    var rules: [String] = []

    @Option(name: .long, help: Bilingual.help("Actualiza las tablas generadas de esta guía (docs/GUIA-AUTORES.md).", en: "Updates the generated tables of this guide (docs/GUIA-AUTORES.md)."))
    var guide: String?

    @Flag(name: .long, help: Bilingual.help("No escribe: sale con 1 si algún archivo difiere de lo generado.", en: "Writes nothing: exits with 1 when a file differs from what would be generated."))
    var check = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let directories = rules.isEmpty ? LintTargets.find(in: ["Rules"]).ruleSets : rules
        var ruleSets: [RuleSet] = []
        for directory in directories {
            let (ruleSet, diagnostics) = RuleSetLoader.load(directory: directory)
            Console.print(diagnostics.sorted.filter(\.isError), language: language.lang)
            guard let ruleSet else { throw ExitStatus.invalidInput }
            ruleSets.append(ruleSet)
        }
        let notAsked = Dictionary(ruleSets.map { ($0.info.id, Workspace.sectionsNotAsked(ruleSet: $0)) }, uniquingKeysWith: { first, _ in first })
        var outputs = try SchemaGenerator.files(ruleSets: ruleSets, notAsked: notAsked)
            .map { ((output as NSString).appendingPathComponent($0.name), $0.text) }
        if let guide {
            let es = language.lang == .es
            let current: String
            switch InputFileReader.bytes(atPath: guide) {
            case .failure(let failure):
                // The reason, as for any file a command reads ("it is a folder, not a file").
                throw ValidationError("--guide: " + (failure.diagnostics.first?.message.text(language.lang) ?? guide))
            case .success(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw ValidationError(es ? "--guide: «\(guide)» no es texto UTF-8" : "--guide: '\(guide)' is not UTF-8 text")
                }
                current = text
            }
            guard let updated = AuthorGuide.update(current) else {
                throw ValidationError(es ? "--guide: «\(guide)» no tiene las marcas \(AuthorGuide.begin) … \(AuthorGuide.end)"
                    : "--guide: '\(guide)' lacks the markers \(AuthorGuide.begin) … \(AuthorGuide.end)")
            }
            outputs.append((guide, updated))
        }
        var stale: [String] = []
        for (path, text) in outputs {
            let current = try? String(contentsOfFile: path, encoding: .utf8)
            if current == text { continue }
            if check { stale.append(path) } else { try AtomicFileWriter.write(text, to: path) }
        }
        for path in stale.map(HiddenCharacters.shownName) { Console.err(language.lang == .es ? "desactualizado: \(path)\n" : "out of date: \(path)\n") }
        if !stale.isEmpty {
            // Say how to bring them up to date: the same command without --check.
            Console.err(language.lang == .es ? "  = ayuda: ejecute el mismo comando sin --check para regenerarlos\n"
                : "  = help: run the same command without --check to regenerate them\n")
            throw ExitStatus.nonCompliant
        }
    }
}
