import AperturaBatch
import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import ArgumentParser
import Foundation

/// `apertura validate PATH...`: every problem of each self-assessment, at file:line:column. A folder is searched
/// for self-assessments as `batch` searches it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: Bilingual.text("Valida autoevaluaciones: errores precisos en archivo:línea:columna, respuestas faltantes incluidas.", en: "Validates self-assessments: precise errors at file:line:column, missing answers included."))

    @Argument(help: Bilingual.help("Autoevaluaciones (YAML), o carpetas que las contienen.", en: "Self-assessments (YAML), or folders that hold them."))
    var files: [String]

    @Option(name: .long, help: Bilingual.help("Carpeta del conjunto de reglas (por omisión, la que nombra cada archivo).", en: "Rule set folder (by default, the one each file names)."))
    var rules: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        var invalid = 0
        var cache: [String: RuleSet?] = [:]
        let inputs = Self.inputs(files)
        for input in inputs {
            let file: String
            switch input {
            case .file(let path): file = path
            case .unreadable(let failure):
                Console.print(failure.diagnostics, language: lang)
                Console.err("\(failure.file): 1 error\n")
                invalid += 1
                continue
            case .empty(let folder):
                // Most likely the wrong folder: a clean exit would say that nothing was wrong with it.
                Console.print([.error("no_inputs", LocalizedText(es: "no hay ninguna autoevaluación (archivos .yaml o .yml) en «\(folder)»",
                                                                 en: "no self-assessment (.yaml or .yml file) in '\(folder)'"), at: nil)], language: lang)
                Console.err("\(folder): 1 error\n")
                invalid += 1
                continue
            }
            if let table = TableInput.error(for: file) {
                Console.print([table], language: lang)
                Console.err("\(file): 1 error\n")
                invalid += 1
                continue
            }
            if let unknown = NamedRuleSet.notBundled(in: file, rules: rules) {
                Console.print([unknown], language: lang)
                Console.err("\(file): 1 error\n")
                invalid += 1
                continue
            }
            let directory = Workspace.rulesDirectory(for: file, override: rules)
            if cache[directory] == nil {
                let (ruleSet, diagnostics) = RuleSetLoader.load(directory: directory)
                if ruleSet == nil { Console.print(diagnostics.sorted, language: lang) }
                cache[directory] = .some(ruleSet)
            }
            guard let ruleSet = cache[directory] ?? nil else {
                invalid += 1
                continue
            }
            let (diagnostics, errors, omitted) = Workspace.validation(of: file, ruleSet: ruleSet)
            Console.print(Self.inReadingOrder(diagnostics), language: lang)
            if errors > 0 {
                invalid += 1
                // Past the cap the count still says how many there are, and that not all are shown.
                let rest = omitted == 0 ? ""
                    : lang == .es ? " (\(CountText.of(omitted, "diagnóstico más no se muestra", "diagnósticos más no se muestran")))"
                    : " (\(CountText.of(omitted, "more diagnostic not shown", "more diagnostics not shown")))"
                Console.err("\(file): \(lang == .es ? CountText.of(errors, "error", "errores") : CountText.of(errors, "error", "errors"))\(rest)\n")
            } else {
                // A warning printed above a bare "válido" reads as settled; the count says it is still to look at.
                let warnings = diagnostics.count(where: { $0.severity == .warning })
                let with = warnings == 0 ? ""
                    : lang == .es ? ", con \(CountText.of(warnings, "advertencia", "advertencias"))" : ", with \(CountText.of(warnings, "warning", "warnings"))"
                Console.err(lang == .es ? "\(file): válido\(with)\n" : "\(file): valid\(with)\n")
            }
        }
        if inputs.count > 1 {
            let valid = inputs.count - invalid
            Console.err(lang == .es
                ? "\(CountText.of(inputs.count, "archivo", "archivos")): \(CountText.of(valid, "válido", "válidos")), \(invalid) con errores\n"
                : "\(CountText.of(inputs.count, "file", "files")): \(valid) valid, \(invalid) with errors\n")
        }
        if invalid > 0 { throw ExitStatus.invalidInput }
    }

    enum Input {
        case file(String)
        /// A folder that could not be searched, or a link in it that leads nowhere.
        case unreadable(BatchFailure)
        /// A folder with no self-assessment in it (nothing, or only tables and files that are passed over).
        case empty(String)
    }

    /// Each path as given; in place of a folder, the self-assessments in it, searched as `batch` searches (YAML files,
    /// recursively, in byte order of their paths; hidden files and the rule tests and expected outcomes kept beside
    /// rules aside; a CSV table there is for `batch --mapping`, not a self-assessment to validate); a folder with none
    /// of them is `.empty`.
    static func inputs(_ paths: [String]) -> [Input] {
        paths.flatMap { path -> [Input] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [.file(path)] }
            let found = InputDiscovery.expand([path])
            var inputs: [Input] = []
            var failures = found.failures[...]
            for (i, file) in found.files.enumerated() {
                while let failure = failures.first, failure.before <= i { inputs.append(.unreadable(failure.failure)); failures.removeFirst() }
                if file.kind == .yaml { inputs.append(.file(file.path)) }
            }
            inputs += failures.map { .unreadable($0.failure) }
            return inputs.isEmpty ? [.empty(path)] : inputs
        }
    }

    /// The loader's diagnostics and the missing answers found after it, in the one order a person reads a file
    /// in: by line and column (a missing answer at `answers:` comes before a warning further down).
    static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var list = DiagnosticList(cap: .max)
        list.append(contentsOf: diagnostics)
        return list.sorted
    }
}
