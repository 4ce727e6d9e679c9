import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaReports
import ArgumentParser

/// `apertura template`: a blank self-assessment to fill in, with a comment above every field.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: Bilingual.text("Imprime una autoevaluación en blanco, con un comentario en español sobre cada campo.", en: "Prints a blank self-assessment, with a comment above every field (in English with --lang en)."))

    @Option(name: .long, help: Bilingual.help("Carpeta del conjunto de reglas (por omisión, Rules/pai).", en: "Rule set folder (Rules/pai by default)."))
    var rules: String?

    @Option(name: .long, help: Bilingual.help("Política de evaluación (por omisión, la incluida para el conjunto de reglas): con --kind, deja fuera las secciones que sólo leen reglas que no le aplican.", en: "Evaluation policy (by default, the one bundled for the rule set): with --kind, the sections only rules that do not apply read are left out."))
    var policy: String?

    @Option(name: .long, help: Bilingual.help("Tipo de institución: sólo las secciones que se le piden en la fase de --as-of.", en: "Kind of institution: only the sections asked of it in the phase of --as-of."))
    var kind: InstitutionKind?

    @Option(name: .long, help: Bilingual.help("Orden de gobierno: federal | estatal | municipal.", en: "Order of government: federal | estatal | municipal."))
    var order: GovernmentOrder?

    @Option(name: .long, help: Bilingual.help("Esquema para el editor en la primera línea (por omisión, el esquema instalado del conjunto, con la ruta desde la carpeta del archivo que se escribe; none: sin línea).", en: "Schema for the editor, on the first line (by default the rule set's installed schema, by its path from the folder of the file written; none: no line)."))
    var schema: String?

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption

    /// A kind that belongs to one order (a `municipio` is municipal) cannot be asked for at another: the
    /// template would hold an identity that `validate` refuses.
    func validate() throws {
        // The schema goes into a comment line: a line break in it (NEL, LS and PS are ones to YAML 1.1 too)
        // would end the comment and put the rest in the template as YAML.
        if let schema, schema.isEmpty || schema.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw ValidationError(language.lang == .es ? "--schema: indique una ruta o un enlace en una sola línea, sin caracteres de control (o none)"
                                                       : "--schema: give a path or a link on one line, without control characters (or none)")
        }
        if let kind, let order, let conflict = InstitutionIdentity.orderConflict(kind: kind, order: order) {
            throw ValidationError("--order: " + conflict.text(language.lang))
        }
    }

    func run() throws {
        let directory = rules ?? Workspace.bundled(Workspace.defaultRuleSet)
        let (ruleSet, diagnostics) = RuleSetLoader.load(directory: directory)
        guard let ruleSet else {
            Console.print(diagnostics.sorted, language: language.lang)
            throw ExitStatus.invalidInput
        }
        // A rule set whose expressions do not compile can judge no self-assessment: a template for it would be
        // filled in for nothing.
        let (compiled, compileDiagnostics) = RuleSetCompiler.compile(ruleSet)
        guard let compiled else {
            Console.print(compileDiagnostics, language: language.lang)
            throw ExitStatus.invalidInput
        }
        let order = order ?? kind.flatMap(InstitutionIdentity.requiredOrder(of:))
        let day = try asOf.day(language.lang)
        // The policy decides what is asked of a kind; a date given without a kind is still checked against it, as
        // `evaluate` checks it, rather than passed over.
        let evaluator = kind != nil || asOf.asOf != nil ? try evaluator(for: compiled) : nil
        var phase: PhaseID?, current: CalendarEntry?
        if let policy = evaluator?.policy {
            guard let entry = policy.phase(on: day) else {
                throw ValidationError(Evaluator.Failure.outOfCalendar(day, policy: policy, ruleSet: ruleSet).usageText(language.lang))
            }
            (phase, current) = (entry.phase, entry)
        }
        // The phase of the as-of date decides whether an exemption of some phases holds (open data is asked of
        // parties and unions from the PAI's consolidation phase on).
        let notAsked = kind.map { kind in evaluator?.sectionsNotAsked(kind: kind, order: order, phase: phase) ?? [] } ?? []
        let schemaPath = schema.map { $0 == "none" ? nil : $0 } ?? TemplateSchemaPath.path(ruleSetID: ruleSet.info.id)
        let inPhase = kind.flatMap { kind in current.flatMap { current in evaluator.flatMap { Self.notAskedInPhase(by: $0, kind: kind, order: order, current: current) } } }
        try Console.out(TemplateRenderer(ruleSet: ruleSet, language: language.lang)
            .render(kind: kind, order: order, schemaPath: schemaPath, notAsked: notAsked, inPhase: inPhase))
    }

    /// The sections not asked of `kind` in the phase of `current` that an entry limited to some phases leaves out:
    /// each with the start of the first later phase that asks it. One still not asked in a phase that no entry
    /// names (`PhaseID("")`: only the entries of every phase hold) is left out for good, and not among them.
    static func notAskedInPhase(by evaluator: Evaluator, kind: InstitutionKind, order: GovernmentOrder?, current: CalendarEntry) -> SectionsNotAskedInPhase? {
        let now = evaluator.sectionsNotAsked(kind: kind, order: order, phase: current.phase)
        let temporary = now.subtracting(evaluator.sectionsNotAsked(kind: kind, order: order, phase: PhaseID("")))
        guard !temporary.isEmpty else { return nil }
        var askedFrom: [SectionID: Day?] = Dictionary(uniqueKeysWithValues: temporary.map { ($0, nil) })
        var later = evaluator.policy.phase(after: current)
        while let next = later, askedFrom.values.contains(where: { $0 == nil }) {
            for section in temporary.subtracting(evaluator.sectionsNotAsked(kind: kind, order: order, phase: next.phase)) where askedFrom[section] == .some(nil) {
                askedFrom[section] = next.start
            }
            later = evaluator.policy.phase(after: next)
        }
        // Proposed when the policy is a draft or an entry of this phase that leaves someone out cites no source.
        let policy = evaluator.policy
        let proposed = policy.status == .draft || policy.applicability.contains { $0.phases?.contains(current.phase) == true && $0.source == nil }
        return SectionsNotAskedInPhase(phase: current.phase, askedFrom: askedFrom, proposed: proposed)
    }

    /// The evaluator of `--policy`, else of the policy bundled for the rule set; nil when it has none (every
    /// section the form asks of the kind is then kept). A policy with errors stops the command, as elsewhere.
    func evaluator(for compiled: CompiledRuleSet) throws -> Evaluator? {
        let bundled = { () throws(AmbiguousPolicy) in try Workspace.defaultPolicy(forRuleSet: compiled.ruleSet.info.id) }
        guard let file = try policy ?? AmbiguousPolicyRefusal.refusing(language.lang, bundled) else { return nil }
        let (loaded, diagnostics) = PolicyLoader.load(file: file)
        var (evaluator, fit) = loaded.map { Evaluator.make(compiled, policy: $0) } ?? (nil, [])
        // A policy lint rejects stops this command too (see `PolicySoundness`).
        if let policy = evaluator?.policy {
            fit += PolicySoundness.check(policy, against: compiled.ruleSet)
            if fit.contains(where: \.isError) { evaluator = nil }
        }
        let all = diagnostics.sorted + fit
        if !all.isEmpty { Console.print(all, language: language.lang) }
        guard let evaluator else { throw ExitStatus.invalidInput }
        return evaluator
    }
}

extension InstitutionKind: ExpressibleByArgument {}
extension GovernmentOrder: ExpressibleByArgument {}
