public import AperturaModel
public import AperturaSource
import AperturaLoader
public import AperturaYAML

extension Workspace {
    /// The rule set a self-assessment names in `rule_set` (first document), if it can be read. A pipe is read
    /// once, when `input` is made: what is read here is what is loaded after.
    public static func ruleSetID(of input: SourceInput) -> String? {
        // Only the first document names the rule set: the rest of a stream is not built.
        guard let root = YAMLParser.firstDocument(in: input)?.root, let id = root["rule_set"]?.scalar?.value,
            id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return id
    }

    /// `ruleSetID(of:)` of the file at `path`.
    public static func ruleSetID(of path: String) -> String? {
        ruleSetID(of: SourceInput(path))
    }

    /// `--rules` when given, else the bundled folder for the rule set the input names (PAI by default).
    public static func rulesDirectory(for input: SourceInput, override: String?) -> String {
        if let override { return override }
        return bundled("Rules/\(ruleSetID(of: input) ?? "pai")")
    }

    /// `--policy` when given, else the bundled policy for that rule set: `ruleSetID` when the rules were chosen
    /// from it (the one the file names), else the one in `directory` (`--rules`). With `--rules`, the file's own rule set is not asked: a file that answers another rule set is then
    /// the error, at its `rule_set`, not a policy the user never named. Policies of different ids for the rule set
    /// and no `--policy`: `AmbiguousPolicy`.
    public static func policyFile(forRules directory: String, ruleSetID: String?, override: String?) throws(AmbiguousPolicy) -> String {
        if let override { return override }
        if let id = ruleSetID ?? RuleSetLoader.load(directory: directory).0?.info.id, let path = try defaultPolicy(forRuleSet: id) { return path }
        return bundled(defaultPolicy)
    }

    /// The evaluator for a self-assessment file: `--rules`/`--policy` when given, else the bundled rule set
    /// the file names and its policy (`AmbiguousPolicy` when that is not one).
    public static func load(for input: SourceInput, rules: String?, policy: String?) throws(AmbiguousPolicy) -> (Evaluator?, [Diagnostic]) {
        let directory = rulesDirectory(for: input, override: rules)
        return load(rules: directory, policy: try policyFile(forRules: directory, ruleSetID: rules == nil ? ruleSetID(of: input) : nil, override: policy))
    }

    /// The self-assessments of a file read against `ruleSet`, with `missing_answer` errors when `strict`
    /// (validation before submitting) and without them otherwise (evaluation reports them as not reported).
    public static func assessments(in input: SourceInput, ruleSet: RuleSet, strict: Bool) -> ([Assessment], [Diagnostic]) {
        let (assessments, diagnostics) = AssessmentLoader.load(input, ruleSet: ruleSet)
        var all = diagnostics.sorted
        if strict { all += missingAnswers(of: assessments, in: input, ruleSet: ruleSet) }
        return (assessments, all)
    }

    /// `assessments(in:)` of the file at `path`.
    public static func assessments(in path: String, ruleSet: RuleSet, strict: Bool) -> ([Assessment], [Diagnostic]) {
        assessments(in: SourceInput(path), ruleSet: ruleSet, strict: strict)
    }

    /// The `missing_answer` errors of a file's assessments, each at the key left empty when there is one.
    static func missingAnswers(of assessments: [Assessment], in input: SourceInput, ruleSet: RuleSet) -> [Diagnostic] {
        diagnosticsAtEmptyKeys(of: assessments, in: input) { MissingAnswers.find(in: $0, ruleSet: ruleSet, root: $1) }
    }

    /// What `find` says of each of a file's assessments, given its YAML document when it says anything. The
    /// assessments keep no trace of an empty key, so the input is parsed again for those that have something said
    /// of them (only them: a clean stream is not built twice).
    static func diagnosticsAtEmptyKeys(of assessments: [Assessment], in input: SourceInput, _ find: (Assessment, YAMLNode?) -> [Diagnostic]) -> [Diagnostic] {
        var missing = assessments.map { find($0, nil) }
        guard missing.contains(where: { !$0.isEmpty }) else { return missing.flatMap { $0 } }
        var incomplete: [SourceLocation: Int] = [:]
        for index in assessments.indices where !missing[index].isEmpty { incomplete[assessments[index].range.start] = index }
        _ = YAMLParser.forEachDocument(in: input) { document in
            guard let root = document.root, let index = incomplete[root.range.start] else { return }
            missing[index] = find(assessments[index], root)
        }
        return missing.flatMap { $0 }
    }

    /// What `validate` says of a file: its diagnostics (missing answers included), how many errors it has in
    /// all, and how many diagnostics past the cap are not shown. With an `evaluator` (the rule set's bundled
    /// policy), empty evidence is warned of only where an evaluation would find it missing, and `phase` (that of the
    /// as-of date) decides whether an applicability entry limited to some phases leaves a section unasked; nil: it
    /// counts as if it held (`Evaluator.sectionsNotAsked`).
    public static func validation(
        of input: SourceInput, ruleSet: RuleSet, evaluator: Evaluator? = nil, phase: PhaseID? = nil, asOf: Day? = nil
    ) -> (diagnostics: [Diagnostic], errors: Int, omitted: Int) {
        let (assessments, list) = AssessmentLoader.load(input, ruleSet: ruleSet)
        // A period that does not match the as-of date, as `evaluate` warns of it: a mistyped year is better
        // caught before the file is sent than in the report.
        let periods = asOf.map { day in
            assessments.flatMap { assessment in
                [PeriodAfterAsOf.of(assessment, asOf: day)]
                    + [evaluator.flatMap { PeriodBeforePhase.of(assessment, asOf: day, policy: $0.policy, ruleSet: ruleSet) }]
            }.compactMap { $0 }
        } ?? []
        // Empty evidence and rules in error only once the file reads cleanly: a warning among errors would only
        // distract. Judged once per assessment: `find` below runs twice for one with something to say.
        let findings = list.hasErrors ? nil : evaluator.map { evaluator in
            Dictionary(assessments.map { ($0.range.start, evaluator.calendarFindings(in: $0, phase: phase)) }, uniquingKeysWith: { first, _ in first })
        }
        // Sections only rules out of the institution's scope read are not asked of it, with the policy at hand.
        let notAsked = { (institution: Institution) in evaluator?.sectionsNotAsked(for: institution, phase: phase) ?? [] }
        let missing = list.hasErrors ? missingAnswersDespiteErrors(in: input, ruleSet: ruleSet, notAsked: notAsked)
            : diagnosticsAtEmptyKeys(of: assessments, in: input) {
                let required = MissingAnswers.report(in: $0, ruleSet: ruleSet, root: $1, notAsked: notAsked($0.institution))
                return required.diagnostics
                    + UnjudgedRules.find(in: $0, findings: findings?[$0.range.start], ruleSet: ruleSet, root: $1, reported: required.paths)
                    + EmptyEvidence.find(in: $0, ruleSet: ruleSet, root: $1, judging: findings?[$0.range.start]?.missingEvidence)
            }
        let inError = assessments.flatMap { assessment in
            (findings?[assessment.range.start]?.errors ?? []).map { ruleError($0, in: assessment, ruleSet: ruleSet) }
        }
        return (list.sorted + periods + missing + inError, list.errorCount + missing.count(where: \.isError), list.dropped)
    }

    /// `validation(of:)` of the file at `path`.
    public static func validation(
        of path: String, ruleSet: RuleSet, evaluator: Evaluator? = nil, phase: PhaseID? = nil
    ) -> (diagnostics: [Diagnostic], errors: Int, omitted: Int) {
        validation(of: SourceInput(path), ruleSet: ruleSet, evaluator: evaluator, phase: phase)
    }

    /// A rule that could not be evaluated, as a warning at the answer it failed on: the file is valid, but the
    /// rule counts as not met until what it reads is set right.
    static func ruleError(_ outcome: RuleOutcome, in assessment: Assessment, ruleSet: RuleSet) -> Diagnostic {
        guard case .error(let message) = outcome.outcome else { preconditionFailure("only rules in error are reported") }
        let name = ruleSet.rules.first { $0.id == outcome.rule }?.name ?? LocalizedText(es: "\(outcome.rule)", en: "\(outcome.rule)")
        // At the answer of the condition that fails, when one does (a `valid_when` that is false), else the first read.
        let place = outcome.failedCondition?.reads.lazy.compactMap(\.range).first
            ?? outcome.reads.lazy.compactMap(\.range).first ?? SourceRange(at: assessment.range.start)
        return .warning("rule_error",
                        LocalizedText(es: "la regla «\(name.text(.es))» no se puede evaluar: \(message.text(.es))",
                                      en: "rule '\(name.text(.en))' cannot be evaluated: \(message.text(.en))"),
                        at: place,
                        help: LocalizedText(es: "mientras no se corrija, la regla cuenta como no cumplida; lee \(outcome.reads.map(\.path).joined(separator: ", "))",
                                            en: "until it is corrected, the rule counts as not met; it reads \(outcome.reads.map(\.path).joined(separator: ", "))"))
    }

    /// The missing answers of a file with errors, so that one `validate` lists everything to fill in: the input
    /// is parsed again and each document read as far as it can be (`partial`), its errors already reported.
    /// A document whose identity or rule set could not be read is left out: what applies to it is unknown.
    static func missingAnswersDespiteErrors(in input: SourceInput, ruleSet: RuleSet,
                                            notAsked: (Institution) -> Set<SectionID>) -> [Diagnostic] {
        var missing: [Diagnostic] = []
        _ = YAMLParser.forEachDocument(in: input) { document in
            guard let root = document.root,
                  let partial = AssessmentLoader.read(document, file: input.name, ruleSet: ruleSet, LoadContext(), partial: true) else { return }
            missing += MissingAnswers.find(in: partial, ruleSet: ruleSet, root: root, notAsked: notAsked(partial.institution))
        }
        return missing
    }
}
