import AperturaBatch
import AperturaEngine
import AperturaReports
import AperturaSource
import ArgumentParser
import Foundation

/// `apertura batch INPUT... --output DIR`: evaluates many self-assessments and writes results.csv,
/// errors.csv, summary.json and report.html. Exits 65 when some input could not be evaluated.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: Bilingual.text("Evalúa muchas autoevaluaciones: resultados, agregados, metas poblacionales y un reporte HTML.", en: "Evaluates many self-assessments: results, aggregates, population goals and an HTML report."),
        discussion: Bilingual.text(
            "Entradas: archivos YAML (una autoevaluación o varios documentos), carpetas (recursivamente) y tablas "
                + "CSV con un archivo de mapeo de columnas (--mapping). Escribe en --output: results.csv, errors.csv, warnings.csv, "
                + "summary.json y report.html. Sale con 0 si todas se evaluaron y con 65 si alguna no se pudo evaluar.",
            en: "Inputs: YAML files (one self-assessment or a stream of documents), folders (recursively) and CSV tables with "
                + "a column mapping file (--mapping). Writes into --output: results.csv, errors.csv, warnings.csv, summary.json and "
                + "report.html. Exits with 0 when all were evaluated and with 65 when some could not be."))

    @Argument(help: Bilingual.help("Archivos, carpetas o tablas CSV; - lee un archivo o flujo YAML de la entrada estándar (se informa como /dev/stdin).", en: "Files, folders or CSV tables; - reads a YAML file or stream from standard input (reported as /dev/stdin)."))
    var inputs: [String]

    @Option(name: .long, help: Bilingual.help("Carpeta de salida.", en: "Output folder."))
    var output: String

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var asOf: AsOfOption

    /// Each job holds its own copy of the rules (a few hundred KB): a slip of the keyboard must not ask for thousands.
    static let maxJobs = 256

    // Unconditional: `--jobs -1` is a count out of range, said in the user's language, not a missing value.
    @Option(name: .long, parsing: .unconditional, help: Bilingual.help("Hilos de trabajo, de 1 a 256 (por omisión, todos los núcleos).", en: "Worker threads, 1 to 256 (all cores by default)."))
    var jobs: Int?

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: Bilingual.help("Archivo de mapeo de columnas para las tablas CSV (o el nombre de uno del paquete: mga2017).", en: "Column mapping file for the CSV tables (or the name of a bundled one: mga2017)."))
    var mapping: String?

    @Option(name: .customLong("per-institution"), help: Bilingual.help("Escribe además el reporte de cada institución: json | markdown | html.", en: "Also writes each institution's report: json | markdown | html."))
    var perInstitution: PerInstitutionFormat?

    func validate() throws {
        if let jobs, !(1...Self.maxJobs).contains(jobs) {
            throw ValidationError(language.lang == .es ? "--jobs: debe estar entre 1 y \(Self.maxJobs)" : "--jobs: must be between 1 and \(Self.maxJobs)")
        }
    }

    func run() throws {
        let lang = language.lang
        let day = try asOf.day(lang)
        let workers: Int = jobs ?? min(ProcessInfo.processInfo.activeProcessorCount, Self.maxJobs)
        // No input exists (a typo in the one path given): nothing is written, so the last results stay.
        if let refusal = MissingInputs.refusal(inputs) {
            Console.print([refusal], language: lang)
            throw ExitStatus.invalidInput
        }
        let options = BatchOptions(
            inputs: inputs, outputDirectory: output, rules: ruleOptions.rules, policy: ruleOptions.policy, asOf: day,
            jobs: workers, language: lang, mapping: mapping.map(CSVMappingLoader.resolve), perInstitution: perInstitution)
        let bar: ProgressBar? = Console.stderrIsTerminal ? ProgressBar(language: lang) : nil
        var report: (@Sendable (BatchProgress) -> Void)?
        if let bar { report = { bar.show($0) } }
        let result: BatchRunResult
        do {
            result = try BatchRunner.run(options, progress: report)
        } catch {
            bar?.finish()
            if let error = error as? AtomicWriteError {
                Console.err("error: \(error.message(lang))\n")
            } else {
                Console.err((lang == .es ? "error: no se pudo escribir la salida: " : "error: could not write the output: ") + "\(error)\n")
            }
            throw ExitStatus.cannotWrite
        }
        bar?.finish()
        // An as-of date the calendar does not cover is a usage error, as in `evaluate`: no input is at fault.
        if result.summary == nil, result.setupDiagnostics.count == 1, let noPhase = result.setupDiagnostics.first, noPhase.code == Evaluator.Failure.code {
            throw ValidationError(noPhase.message.text(lang) + " [\(noPhase.code)]")
        }
        Console.print(result.setupDiagnostics, language: lang)
        // Policies to choose from: a usage error, as in `evaluate`.
        if result.summary == nil, result.setupDiagnostics.contains(where: { $0.code == "ambiguous_policy" }) { throw ExitStatus.usage }
        guard let summary = result.summary else { throw ExitStatus.invalidInput }
        let counts = summary.counts
        let warned = counts.withWarnings == 0 ? "" : lang == .es ? ", \(counts.withWarnings) de ellas con advertencias (warnings.csv)"
                                                                 : ", \(counts.withWarnings) of them with warnings (warnings.csv)"
        // A table cut by an error (a quote left open) is one invalid input however many rows it held: said how many lines.
        let unread = counts.unreadLines == 0 ? "" : lang == .es
            ? "; \(CountText.of(counts.unreadLines, "línea", "líneas")) con texto de tablas cortadas sin leer (errors.csv)"
            : "; \(CountText.of(counts.unreadLines, "line", "lines")) with text of cut tables not read (errors.csv)"
        Console.err(lang == .es
            ? "\(CountText.of(counts.evaluated, "evaluada", "evaluadas"))\(warned), \(CountText.of(counts.invalid, "inválida", "inválidas")) "
                + "(de \(CountText.of(counts.inputs, "entrada", "entradas")))\(unread); resultados en \(HiddenCharacters.shownName(output))\n"
            : "\(counts.evaluated) evaluated\(warned), \(counts.invalid) invalid (of \(CountText.of(counts.inputs, "input", "inputs")))\(unread); results in \(HiddenCharacters.shownName(output))\n")
        if !result.allEvaluated { throw ExitStatus.invalidInput }
    }
}

extension PerInstitutionFormat: ExpressibleByArgument {}
