import AperturaAuthoring
import AperturaEngine
import AperturaModel
import AperturaSource
import AperturaYAML
import ArgumentParser

/// `apertura explain [FILE] [--rule ID]`: how one rule judged one self-assessment; without FILE, what the rule asks;
/// without `--rule`, the same for every rule.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: Bilingual.text("Explica cómo una regla juzgó una autoevaluación (alcance, valores leídos, meta, comparación, resultado); sin ella, qué pide la regla.",
                                 en: "Explains how a rule judged a self-assessment (scope, values read, goal, comparison, outcome); without one, what the rule asks."),
        discussion: Bilingual.text("Sin autoevaluación, la ficha de la regla: a quién aplica según la regla y según la política, el indicador con su fórmula y su línea base, la meta de cada fase (oficial o propuesta, con su fuente), la evidencia que pide y qué hacer si no se cumple. Sin --rule, todas las reglas: la ficha de cada una (el catálogo de lo que pide el conjunto de reglas), o cómo juzgó cada una la autoevaluación.",
                                   en: "Without a self-assessment, the rule's sheet: whom it applies to per the rule and per the policy, the indicator with its formula and baseline, the goal of each phase (official or proposed, with its source), the evidence it asks for and what to do when it is not met. Without --rule, every rule: each one's sheet (the catalogue of what the rule set asks), or how each judged the self-assessment."))

    @Argument(help: Bilingual.help("La autoevaluación (YAML), o - para leerla de la entrada estándar; sin ella, la ficha de la regla (sin --rule, la de cada una).",
                                   en: "The self-assessment (YAML), or - to read it from standard input; without it, the rule's sheet (without --rule, every rule's)."))
    var file: String?

    @Option(name: .long, help: Bilingual.help("La regla que se explica; sin ella, todas, en el orden del conjunto de reglas.",
                                              en: "The rule to explain; without it, every rule, in the rule set's order."))
    var rule: String?

    @Option(name: .long, help: Bilingual.help("Sin autoevaluación: tipo de institución; cada ficha dice si la regla le aplica, y sin --rule sólo se muestran las que pueden aplicarle.",
                                              en: "Without a self-assessment: kind of institution; each sheet says whether the rule applies to it, and without --rule only those that may are shown."))
    var kind: InstitutionKind?

    @Option(name: .long, help: Bilingual.help("Sin autoevaluación: orden de gobierno (federal | estatal | municipal), como --kind.",
                                              en: "Without a self-assessment: order of government (federal | estatal | municipal), as --kind."))
    var order: GovernmentOrder?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption

    /// A self-assessment gives its own identity; a kind that belongs to one order cannot be asked for at another.
    func validate() throws {
        let lang = language.lang
        if file != nil, kind != nil || order != nil {
            throw ValidationError(lang == .es ? "\(kind != nil ? "--kind" : "--order"): la autoevaluación ya dice qué institución es; --kind y --order son para las fichas, sin autoevaluación"
                                              : "\(kind != nil ? "--kind" : "--order"): the self-assessment already says which institution it is; --kind and --order are for the sheets, without one")
        }
        if let kind, let order, let conflict = InstitutionIdentity.orderConflict(kind: kind, order: order) {
            throw ValidationError("--order: " + conflict.text(lang))
        }
    }

    func run() throws {
        let lang = language.lang
        let day = try asOf.day(lang)
        // Read once: a pipe gives its rule set, then its self-assessment, from the same bytes.
        let input = file.map { SourceInput($0) }
        let evaluator = try input.map { try CommandInput.evaluator(for: $0, options: ruleOptions, language: lang) }
            ?? CommandInput.evaluator(options: ruleOptions, language: lang)
        let ruleSet = evaluator.compiled.ruleSet
        let explained = try rule.map { try Self.rule($0, in: ruleSet, language: lang) }
        guard let input else {
            // The sheets say which policy entries hold in the phase of the date: a date in none is refused, as
            // every other command that reads the calendar refuses it, rather than judged as if each entry held.
            guard evaluator.policy.phase(on: day) != nil else {
                throw ValidationError(Evaluator.Failure.outOfCalendar(day, policy: evaluator.policy, ruleSet: ruleSet).usageText(lang))
            }
            var sheet = RuleSheet(ruleSet: ruleSet, policy: evaluator.policy, language: lang)
            sheet.kind = kind
            sheet.bundle = Workspace.bundleFolder()
            // A municipio is municipal, as `template` takes it.
            sheet.order = order ?? kind.flatMap(InstitutionIdentity.requiredOrder(of:))
            return try Console.out(explained.map { sheet.render($0, current: evaluator.policy.phase(on: day)) } ?? RuleCatalogue(sheet).render(asOf: day))
        }
        let assessments = try CommandInput.assessments(in: input, ruleSet: ruleSet, language: lang)
        // Explaining the first of several would pass the others over without a word, as `evaluate` refuses to.
        if assessments.count > 1 {
            throw ValidationError(lang == .es ? "el archivo tiene \(assessments.count) autoevaluaciones: explain explica una; guárdela en su propio archivo"
                                              : "the file holds \(assessments.count) self-assessments: explain explains one; save it in a file of its own")
        }
        let printer = ExplainPrinter(ruleSet: ruleSet, language: lang, scoreIsWeighted: evaluator.policy.scoring.model == .weightedRules,
                                    bundle: Workspace.bundleFolder())
        var explanations: [String] = []
        for rule in explained.map({ [$0] }) ?? ruleSet.rules {
            var events: [TraceEvent] = []
            do {
                _ = try evaluator.trace(assessments[0], asOf: day, rule: rule.id) { events.append($0) }
            } catch {
                throw ValidationError(error.usageText(lang))
            }
            // The as-of date and its phase are the same for every rule: said once, above the first.
            if !explanations.isEmpty { events.removeAll { if case .phase = $0 { true } else { false } } }
            explanations.append(printer.render(events, answered: evaluator.answeredSections(readBy: rule.id, in: assessments[0])))
        }
        try Console.out(explanations.joined(separator: "\n"))
    }

    /// The rule `id` names, or a usage error that suggests the likelier one.
    static func rule(_ id: String, in ruleSet: RuleSet, language lang: Language) throws -> Rule {
        guard let explained = ruleSet.rule(RuleID(id)) else {
            // The report shows a rule as "Name [id]": its name, copied from there, is the likelier slip.
            let folded = { (text: String) in SpanishFolding.fold(text.lowercased().split(separator: " ").joined(separator: " ")) }
            let named = ruleSet.rules.first { [$0.name.es, $0.name.en].contains { $0.map(folded) == folded(id) } }
            let hint = named.map { lang == .es ? " Ese es el nombre de la regla: use su clave, «\($0.id.rawValue)», la que el reporte da entre corchetes."
                                               : " That is the rule's name: use its id, '\($0.id.rawValue)', which the report gives in brackets." }
                ?? Suggestion.closest(to: id, in: ruleSet.rules.map(\.id.rawValue)).map { lang == .es ? " ¿Quiso decir «\($0)»?" : " Did you mean '\($0)'?" } ?? ""
            throw ValidationError((lang == .es ? "--rule: la regla «\(id)» no existe." : "--rule: rule '\(id)' does not exist.") + hint)
        }
        return explained
    }
}
