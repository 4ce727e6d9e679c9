import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaReports
import AperturaSource
import AperturaYAML
import ArgumentParser

/// `apertura evaluate FILE`: the compliance and gap report of one self-assessment.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: Bilingual.text("Evalúa una autoevaluación: reporte de cumplimiento y de brechas.", en: "Evaluates a self-assessment: compliance and gap report."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, html }

    @Argument(help: Bilingual.help("La autoevaluación (YAML); - para leerla de la entrada estándar.", en: "The self-assessment (YAML); - to read it from standard input."))
    var file: String

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: Bilingual.help("Formato: text | json | markdown | html.", en: "Format: text | json | markdown | html."))
    var format: Format = .text

    @Option(name: .long, help: Bilingual.help("Vista: all | compliance | gaps.", en: "View: all | compliance | gaps."))
    var view: ReportView = .all

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: Bilingual.help("Escribe el reporte en este archivo (de forma atómica) en lugar de la salida estándar.", en: "Writes the report to this file (atomically) instead of standard output."))
    var output: String?

    @Option(name: .customLong("fail-on"), help: Bilingual.help("Nivel de la política: sale con 1 si el nivel obtenido es ese o uno peor.", en: "A level of the policy: exits with 1 when the level reached is that one or a worse one."))
    var failOn: String?

    func run() throws {
        let lang = language.lang
        // `-`: standard input redirected from that file (`< X.yaml`).
        if let output, SameFile.check(output, file) {
            let (es, en) = file == "-" ? (", que este comando lee por la entrada estándar", ", which this command reads on standard input") : ("", "")
            throw ValidationError(lang == .es ? "--output: «\(output)» es la autoevaluación misma\(es), y el reporte la reemplazaría: elija otro archivo [\(OutputNotInput.code)]"
                                              : "--output: '\(output)' is the self-assessment itself\(en), and the report would replace it: choose another file [\(OutputNotInput.code)]")
        }
        if let table = TableInput.error(for: file) {
            Console.print([table], language: lang)
            throw ExitStatus.invalidInput
        }
        let day = try asOf.day(lang)
        // Read once: a pipe gives its rule set, then its self-assessment, from the same bytes.
        let input = SourceInput(file)
        try OutputNotInput.checkNotStandardInput(output, read: input.standardInputBytes, option: "--output", language: lang)
        let evaluator = try CommandInput.evaluator(for: input, options: ruleOptions, language: lang)
        // Nor over the policy or a rule file (`--output Policies/x.yaml`, a slip for `--policy`).
        // Nor as a new YAML file in the rule set's folder, where the loader would read the report as a rule file.
        try OutputNotInput.check(output, option: "--output", inputs: {
            [evaluator.policy.file] + RuleSetLoader.ruleFiles(in: evaluator.compiled.ruleSet.directory)
        }, folders: { [evaluator.compiled.ruleSet.directory] }, language: lang)
        if let failOn, !evaluator.policy.levels.contains(where: { $0.id.rawValue == failOn }) {
            let levels = evaluator.policy.levels.map(\.id.rawValue).joined(separator: ", ")
            throw ValidationError(lang == .es ? "--fail-on: «\(failOn)» no es un nivel de la política; niveles: \(levels)"
                                              : "--fail-on: '\(failOn)' is not a level of the policy; levels: \(levels)")
        }
        let (assessments, answerWarnings) = try CommandInput.loaded(input, ruleSet: evaluator.compiled.ruleSet, language: lang)
        if assessments.count > 1 {
            throw ValidationError(lang == .es ? "el archivo tiene \(assessments.count) autoevaluaciones: use apertura batch"
                                              : "the file holds \(assessments.count) self-assessments: use apertura batch")
        }
        let evaluation: Evaluation
        do {
            evaluation = try evaluator.evaluate(assessments[0], asOf: day)
        } catch {
            throw ValidationError(error.usageText(lang))
        }
        // Also in the report; said here too, at the period's place, as `validate` says what it finds.
        if let warning = PeriodAfterAsOf.of(assessments[0], asOf: day) { Console.print([warning], language: lang) }
        if let warning = PeriodBeforePhase.of(assessments[0], asOf: day, policy: evaluator.policy, ruleSet: evaluator.compiled.ruleSet) {
            Console.print([warning], language: lang)
        }
        let report = ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: lang, bundle: Workspace.bundleFolder())
            .build(evaluation, answerWarnings: answerWarnings)
        let text: String = switch format {
        case .json: JSONReportRenderer.render(report, view: view)
        case .markdown: MarkdownReportRenderer(language: lang).render(report, view: view)
        case .html: HTMLReportRenderer(language: lang).render(report, view: view)
        case .text: TextReportRenderer(language: lang, paint: Console.painter(enabled: output == nil && Console.stdoutIsTerminal)).render(report, view: view)
        }
        if let output {
            try AtomicFileWriter.write(text, to: output)
        } else {
            try Console.out(text)
        }
        if let failOn, failsThreshold(evaluation.level, failOn: failOn, levels: evaluator.policy.levels) {
            // Said, so that a pipeline that stops here says why: the report itself may have gone to a file.
            let reached = evaluation.level.flatMap { level in evaluator.policy.levels.first { $0.id == level } }
            Console.err(reached.map { lang == .es
                ? "--fail-on \(failOn): el nivel obtenido, «\($0.name.text(lang))», es ese o uno peor (salida 1)\n"
                : "--fail-on \(failOn): the level reached, '\($0.name.text(lang))', is that one or a worse one (exit 1)\n" }
                ?? (lang == .es ? "--fail-on \(failOn): no se obtuvo nivel (no hay puntaje), lo que cuenta como peor que cualquiera (salida 1)\n"
                                : "--fail-on \(failOn): no level was reached (there is no score), which counts as worse than any (exit 1)\n"))
            throw ExitStatus.nonCompliant
        }
    }

    /// Levels are listed best first: the obtained level fails when it is `failOn` or comes after it.
    /// No level (the score could not be determined) fails too.
    func failsThreshold(_ level: LevelID?, failOn: String, levels: [ComplianceLevel]) -> Bool {
        guard let level, let obtained = levels.firstIndex(where: { $0.id == level }),
            let threshold = levels.firstIndex(where: { $0.id.rawValue == failOn }) else { return true }
        return obtained >= threshold
    }
}

extension ReportView: ExpressibleByArgument {}
