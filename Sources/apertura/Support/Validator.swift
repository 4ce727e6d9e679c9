import AperturaAuthoring
import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaYAML

/// Validates `validate`'s inputs one at a time, loading each rule set once.
struct Validator {
    /// `--rules`; nil for the rule set each file names.
    let rules: String?
    /// `--as-of`: its phase in each rule set's policy decides whether an exemption limited to some phases holds.
    let asOf: Day
    private var ruleSets: [String: (ruleSet: RuleSet?, diagnostics: DiagnosticList)] = [:]
    /// Per rule set folder, the evaluator with the rule set's bundled policy; nil when there is none or it does not load.
    private var evaluators: [String: Evaluator?] = [:]

    init(rules: String?, asOf: Day) {
        self.rules = rules
        self.asOf = asOf
    }

    /// Throws when the as-of date falls in no phase of the policy of the input's rule set: a usage error, as in `evaluate`.
    mutating func validate(_ input: ValidationInput) throws(Evaluator.Failure) -> ValidatedFile {
        let source: SourceInput
        switch input {
        case .file(let read): source = read
        case .unreadable(let failure): return ValidatedFile(file: failure.file, diagnostics: failure.diagnostics)
        case .empty(let folder):
            // Most likely the wrong folder: a clean exit would say that nothing was wrong with it.
            return ValidatedFile(file: folder, diagnostics: [.error("no_inputs", LocalizedText(
                es: "no hay ninguna autoevaluación (archivos .yaml o .yml) en «\(folder)»",
                en: "no self-assessment (.yaml or .yml file) in '\(folder)'"), at: nil)])
        }
        let file = source.name
        if let table = TableInput.error(for: file) { return ValidatedFile(file: file, diagnostics: [table]) }
        if let unknown = NamedRuleSet.notBundled(in: source, rules: rules) { return ValidatedFile(file: file, diagnostics: [unknown]) }
        let directory = Workspace.rulesDirectory(for: source, override: rules)
        let first = ruleSets[directory] == nil
        let (ruleSet, loaded) = ruleSets[directory] ?? RuleSetLoader.load(directory: directory)
        ruleSets[directory] = (ruleSet, loaded)
        guard let ruleSet else {
            return ValidatedFile(file: file, origin: .ruleSet(first: first), diagnostics: loaded.sorted, errors: loaded.errorCount, omitted: loaded.dropped)
        }
        let evaluator = evaluator(for: ruleSet, in: directory)
        var phase: PhaseID?
        if let policy = evaluator?.policy {
            guard let entry = policy.phase(on: asOf) else { throw .outOfCalendar(asOf, policy: policy, ruleSet: ruleSet) }
            phase = entry.phase
        }
        let (diagnostics, errors, omitted) = Workspace.validation(of: source, ruleSet: ruleSet, evaluator: evaluator, phase: phase, asOf: asOf)
        let named = OtherRuleSetForm.naming(diagnostics, in: source, ruleSet: ruleSet)
        return ValidatedFile(file: file, diagnostics: Self.inReadingOrder(named), errors: errors, omitted: omitted)
    }

    /// The evaluator that tells which empty evidence would count (`Evaluator.calendarFindings`): the rule set's
    /// with its bundled policy. Without one, validate guesses by section, as it always could; the policy's own
    /// problems are not this command's to report.
    private mutating func evaluator(for ruleSet: RuleSet, in directory: String) -> Evaluator? {
        if let known = evaluators[directory] { return known }
        // Several policies of different ids: none is guessed at (validate has no --policy); sections are then judged as without one.
        let evaluator = ((try? Workspace.defaultPolicy(forRuleSet: ruleSet.info.id)) ?? nil).flatMap { Workspace.load(ruleSet: ruleSet, policy: $0).0 }
        evaluators[directory] = .some(evaluator)
        return evaluator
    }

    /// The loader's diagnostics and the missing answers found after it, in the one order a person reads a file
    /// in: by line and column (a missing answer at `answers:` comes before a warning further down).
    static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var list = DiagnosticList(cap: .max)
        list.append(contentsOf: diagnostics)
        return list.sorted
    }
}
