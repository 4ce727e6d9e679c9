import AperturaAuthoring
import AperturaEngine
import AperturaModel
import AperturaSource
import ArgumentParser

/// `apertura explain FILE --rule ID`: how one rule judged one self-assessment; without FILE, what the rule asks.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: Bilingual.text("Explica cómo una regla juzgó una autoevaluación: alcance, condición, valores leídos, meta, comparación, resultado. Sin autoevaluación, explica qué pide la regla: alcance, fórmula, línea base, meta de cada fase y fuentes.",
                                 en: "Explains how a rule judged a self-assessment: scope, condition, values read, goal, comparison, outcome. Without a self-assessment, explains what the rule asks: scope, formula, baseline, goal of each phase and sources."))

    @Argument(help: Bilingual.help("La autoevaluación (YAML); sin ella, la ficha de la regla.", en: "The self-assessment (YAML); without it, the rule's sheet."))
    var file: String?

    @Option(name: .long, help: Bilingual.help("La regla que se explica.", en: "The rule to explain."))
    var rule: String

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.lang
        let day = try asOf.day(lang)
        let evaluator = try file.map { try CommandInput.evaluator(for: $0, options: ruleOptions, language: lang) }
            ?? CommandInput.evaluator(options: ruleOptions, language: lang)
        let ruleSet = evaluator.compiled.ruleSet
        guard let explained = ruleSet.rule(RuleID(rule)) else {
            // The report shows a rule as "Name [id]": its name, copied from there, is the likelier slip.
            let folded = { (text: String) in SpanishFolding.fold(text.lowercased().split(separator: " ").joined(separator: " ")) }
            let named = ruleSet.rules.first { [$0.name.es, $0.name.en].contains { $0.map(folded) == folded(rule) } }
            let hint = named.map { lang == .es ? " Ese es el nombre de la regla: use su clave, «\($0.id.rawValue)», la que el reporte da entre corchetes."
                                               : " That is the rule's name: use its id, '\($0.id.rawValue)', which the report gives in brackets." }
                ?? Suggestion.closest(to: rule, in: ruleSet.rules.map(\.id.rawValue)).map { lang == .es ? " ¿quiso decir «\($0)»?" : " did you mean '\($0)'?" } ?? ""
            throw ValidationError((lang == .es ? "--rule: la regla «\(rule)» no existe." : "--rule: rule '\(rule)' does not exist.") + hint)
        }
        guard let file else {
            let sheet = RuleSheet(ruleSet: ruleSet, policy: evaluator.policy, language: lang)
            return try Console.out(sheet.render(explained, current: evaluator.policy.phase(on: day)))
        }
        let assessments = try CommandInput.assessments(in: file, ruleSet: ruleSet, language: lang)
        // Explaining the first of several would pass the others over without a word, as `evaluate` refuses to.
        if assessments.count > 1 {
            throw ValidationError(lang == .es ? "el archivo tiene \(assessments.count) autoevaluaciones: explain explica una; guárdela en su propio archivo"
                                              : "the file holds \(assessments.count) self-assessments: explain explains one; save it in a file of its own")
        }
        let assessment = assessments[0]
        var events: [TraceEvent] = []
        do {
            _ = try evaluator.trace(assessment, asOf: day, rule: RuleID(rule)) { events.append($0) }
        } catch {
            throw ValidationError(error.message.text(lang))
        }
        let scoreIsWeighted = evaluator.policy.scoring.model == .weightedRules
        try Console.out(ExplainPrinter(ruleSet: ruleSet, language: lang, scoreIsWeighted: scoreIsWeighted).render(events))
    }
}
