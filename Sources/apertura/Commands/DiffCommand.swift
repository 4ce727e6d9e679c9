import AperturaAuthoring
import AperturaEngine
import AperturaLoader
import AperturaSource
import AperturaReports
import ArgumentParser

/// `apertura diff --from OLD --to NEW [INPUT...]`: what changed between two versions of a rule set,
/// and how it moves a population's scores and levels.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: Bilingual.text("Diferencia semántica entre dos versiones de un conjunto de reglas y su impacto en una población de autoevaluaciones.", en: "Semantic difference between two versions of a rule set, and its impact on a population of self-assessments."))

    @Option(name: .long, help: Bilingual.help("Carpeta de la versión anterior del conjunto de reglas.", en: "Folder of the rule set's earlier version."))
    var from: String

    @Option(name: .long, help: Bilingual.help("Carpeta de la versión nueva del conjunto de reglas.", en: "Folder of the rule set's new version."))
    var to: String

    @Argument(help: Bilingual.help("Autoevaluaciones (archivos o carpetas) cuyo cambio de puntaje y nivel se calcula.", en: "Self-assessments (files or folders) whose change of score and level is computed."))
    var inputs: [String] = []

    @Option(name: .long, help: Bilingual.help("Política de evaluación (por omisión, la de Policies/ para ese conjunto de reglas).", en: "Evaluation policy (by default, the one in Policies/ for that rule set)."))
    var policy: String?

    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: Bilingual.help("Formato: text | csv | json.", en: "Format: text | csv | json."))
    var format: DiffRenderer.Format = .text

    @Option(name: .long, help: Bilingual.help("Escribe el resultado en este archivo en lugar de la salida estándar.", en: "Writes the result to this file instead of standard output."))
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        try OutputNotInput.check(output, option: "--output", inputs: {
            [from, to] + [policy].compactMap { $0 } + RuleSetLoader.ruleFiles(in: from) + RuleSetLoader.ruleFiles(in: to) + ImpactAnalysis.files(in: inputs)
        }, folders: { [from, to] }, language: lang)
        let (versions, diagnostics) = DiffVersions.load(from: from, to: to)
        Console.print(diagnostics, language: lang)
        guard let (old, new) = versions else { throw ExitStatus.invalidInput }
        var impact: [InstitutionImpact] = []
        var problems: [Diagnostic] = []
        var day: String?
        var levelNames: [String: LocalizedText] = [:]
        if !inputs.isEmpty {
            let asOfDay = try asOf.day(lang)
            day = asOfDay.description
            // Without --policy, the bundled one for the rule set; none is a usage error, not another rule set's
            // policy reported as a mismatch.
            let bundled = { () throws(AmbiguousPolicy) in try Workspace.defaultPolicy(forRuleSet: new.info.id) }
            guard let policyFile = try policy ?? AmbiguousPolicyRefusal.refusing(lang, bundled) else {
                throw NoBundledPolicy.error(ruleSet: new.info.id, lang)
            }
            let (oldEvaluator, a) = Workspace.load(rules: from, policy: policyFile)
            let (newEvaluator, b) = Workspace.load(rules: to, policy: policyFile)
            // The policy's own errors come from both loads: said once.
            var seen: Set<Diagnostic> = []
            Console.print((a + b).filter { $0.isError && seen.insert($0).inserted }, language: lang)
            guard let oldEvaluator, let newEvaluator else { throw ExitStatus.invalidInput }
            // One policy judges both versions: its levels' names.
            levelNames = Dictionary(newEvaluator.policy.levels.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
            // An as-of date the calendar does not cover is a usage error, as in `evaluate` and `batch`: no input is
            // at fault, and every institution would be left out of the impact.
            if newEvaluator.policy.phase(on: asOfDay) == nil {
                throw ValidationError(Evaluator.Failure.outOfCalendar(asOfDay, policy: newEvaluator.policy, ruleSet: newEvaluator.compiled.ruleSet).usageText(lang))
            }
            // Each input that could not be gathered is a problem (and a non-zero exit), as in `validate`.
            let found = ImpactAnalysis.inputs(in: inputs)
            (impact, problems) = ImpactAnalysis.run(old: oldEvaluator, new: newEvaluator, files: found.files, asOf: asOfDay)
            problems = found.problems + problems
            // A folder with no self-assessment in it would leave its population out without a word.
            problems = inputs.filter { ImpactAnalysis.files(in: [$0]).isEmpty }.map { input in
                .error("no_inputs", LocalizedText(es: "no hay ninguna autoevaluación (archivos .yaml o .yml) en «\(input)»",
                                                  en: "no self-assessment (.yaml or .yml file) in '\(input)'"), at: nil)
            } + problems
            Console.print(problems, language: lang)
        }
        let report = DiffReport(from: from, to: to, asOf: day, changes: RuleSetDiff.compare(old, new), impact: impact, problems: problems)
        let text = DiffRenderer.render(report, format: format, language: lang, levelNames: levelNames)
        if let output { try AtomicFileWriter.write(text, to: output) } else { try Console.out(text) }
        if problems.contains(where: \.isError) { throw ExitStatus.invalidInput }
    }
}

extension DiffRenderer.Format: ExpressibleByArgument {}
