import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaYAML

/// What `evaluate` and `explain` both start from: the evaluator for a self-assessment file, and the file's
/// self-assessments, with whatever loading them found printed. Exit status 65 when either cannot be had.
enum CommandInput {
    /// The evaluator for `input`: `--rules`/`--policy` when given, else the bundled ones for the rule set it names.
    static func evaluator(for input: SourceInput, options: RuleOptions, language: Language) throws -> Evaluator {
        if let absent = input.path.flatMap(YAMLParser.absentFileError) {
            Console.print([absent], language: language)
            throw ExitStatus.invalidInput
        }
        if let unknown = NamedRuleSet.notBundled(in: input, rules: options.rules) {
            Console.print([unknown], language: language)
            throw ExitStatus.invalidInput
        }
        if options.policy == nil, let id = Workspace.ruleSetID(of: input),
           try AmbiguousPolicyRefusal.refusing(language, { () throws(AmbiguousPolicy) in try Workspace.defaultPolicy(forRuleSet: id) }) == nil {
            throw NoBundledPolicy.error(ruleSet: id, language)
        }
        let (loaded, diagnostics) = try AmbiguousPolicyRefusal.refusing(language) { () throws(AmbiguousPolicy) in
            try Workspace.load(for: input, rules: options.rules, policy: options.policy)
        }
        Console.print(diagnostics, language: language)
        guard let loaded else { throw ExitStatus.invalidInput }
        return loaded
    }

    /// The evaluator with no self-assessment to choose it: `--rules` (the PAI rules by default), and `--policy`
    /// or the bundled policy for those rules.
    static func evaluator(options: RuleOptions, language: Language) throws -> Evaluator {
        let directory = options.rules ?? Workspace.bundled(Workspace.defaultRuleSet)
        // Rules with no bundled policy need --policy, as with a self-assessment: not the PAI's policy, reported as a mismatch.
        let id = options.policy == nil ? RuleSetLoader.load(directory: directory).0?.info.id : nil
        if let id, try AmbiguousPolicyRefusal.refusing(language, { () throws(AmbiguousPolicy) in try Workspace.defaultPolicy(forRuleSet: id) }) == nil {
            throw NoBundledPolicy.error(ruleSet: id, language)
        }
        let policy = try AmbiguousPolicyRefusal.refusing(language) { () throws(AmbiguousPolicy) in
            try Workspace.policyFile(forRules: directory, ruleSetID: id, override: options.policy)
        }
        let (loaded, diagnostics) = Workspace.load(rules: directory, policy: policy)
        Console.print(diagnostics, language: language)
        guard let loaded else { throw ExitStatus.invalidInput }
        return loaded
    }

    /// The input's self-assessments, at least one, and none of them with an error.
    static func assessments(in input: SourceInput, ruleSet: RuleSet, language: Language) throws -> [Assessment] {
        try loaded(input, ruleSet: ruleSet, language: language).assessments
    }

    /// The input's self-assessments as `assessments` gives them, and the warnings loading them printed, which a
    /// report repeats.
    static func loaded(_ input: SourceInput, ruleSet: RuleSet, language: Language) throws -> (assessments: [Assessment], warnings: [Diagnostic]) {
        let (assessments, read) = Workspace.assessments(in: input, ruleSet: ruleSet, strict: false)
        let diagnostics = OtherRuleSetForm.naming(read, in: input, ruleSet: ruleSet)
        Console.print(diagnostics, language: language)
        guard diagnostics.allSatisfy({ !$0.isError }), !assessments.isEmpty else { throw ExitStatus.invalidInput }
        return (assessments, diagnostics.filter { $0.severity == .warning })
    }
}
