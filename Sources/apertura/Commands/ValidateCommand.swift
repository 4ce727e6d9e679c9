import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import ArgumentParser

/// `apertura validate FILE...`: every problem of each self-assessment, at file:line:column.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: Bilingual.text("Valida autoevaluaciones: errores precisos en archivo:línea:columna, respuestas faltantes incluidas.", en: "Validates self-assessments: precise errors at file:line:column, missing answers included."))

    @Argument(help: Bilingual.help("Autoevaluaciones (YAML).", en: "Self-assessments (YAML)."))
    var files: [String]

    @Option(name: .long, help: Bilingual.help("Carpeta del conjunto de reglas (por omisión, la que nombra cada archivo).", en: "Rule set folder (by default, the one each file names)."))
    var rules: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        var invalid = 0
        var cache: [String: RuleSet?] = [:]
        for file in files {
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
                Console.err(lang == .es ? "\(file): válido\n" : "\(file): valid\n")
            }
        }
        if invalid > 0 { throw ExitStatus.invalidInput }
    }

    /// The loader's diagnostics and the missing answers found after it, in the one order a person reads a file
    /// in: by line and column (a missing answer at `answers:` comes before a warning further down).
    static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var list = DiagnosticList(cap: .max)
        list.append(contentsOf: diagnostics)
        return list.sorted
    }
}
