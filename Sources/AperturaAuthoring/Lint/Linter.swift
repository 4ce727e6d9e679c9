public import AperturaSource
import AperturaEngine
import AperturaLoader
import AperturaModel
import Foundation

/// Finds every problem in rule sets and policies: what the loader and the compiler report, and the
/// semantic checks that only an author needs (goals going backwards, weights, citations, translations,
/// unused indicators and sources). Never stops at the first problem.
public enum Linter {
    /// Lints every rule set and policy under `paths` (see `LintTargets`); diagnostics sorted by place.
    public static func lint(paths: [String]) -> LintResult {
        let targets = LintTargets.find(in: paths)
        var diagnostics: [Diagnostic] = targets.missing.map(PathNotFound.diagnostic)
        diagnostics += targets.assessments.map { path in
            .error("not_a_rule_file", LocalizedText(es: "«\(path)» es una autoevaluación, no un conjunto de reglas ni una política",
                                                    en: "'\(path)' is a self-assessment, not a rule set or a policy"),
                   at: nil, help: LocalizedText(es: "revísela con apertura validate", en: "check it with apertura validate"))
        }
        diagnostics += targets.mappings.map { path in
            .error("not_a_rule_file", LocalizedText(es: "«\(path)» es un mapeo de columnas CSV, no un conjunto de reglas ni una política",
                                                    en: "'\(path)' is a CSV column mapping, not a rule set or a policy"),
                   at: nil, help: LocalizedText(es: "se revisa al usarlo: apertura batch TABLA.csv --mapping \(path)",
                                                en: "it is checked when used: apertura batch TABLE.csv --mapping \(path)"))
        }
        diagnostics += targets.strayTestFiles.map { path in
            .error("not_a_rule_file", LocalizedText(es: "«\(path)» es un archivo de pruebas que ninguna carpeta de conjunto de reglas contiene",
                                                    en: "'\(path)' is a test file that no rule set folder holds"),
                   at: nil, help: LocalizedText(es: "ejecútelo con apertura test, o póngalo en la carpeta de su conjunto de reglas",
                                                en: "run it with apertura test, or put it in its rule set's folder"))
        }
        diagnostics += targets.notRegular.map { path in
            .error("file_unreadable", LocalizedText(es: "«\(path)» no es un archivo regular (es una tubería o un dispositivo): lint lee cada archivo más de una vez",
                                                    en: "'\(path)' is not a regular file (it is a pipe or a device): lint reads each file more than once"),
                   at: nil, help: LocalizedText(es: "guárdelo en un archivo y revise ese", en: "save it to a file and lint that"))
        }
        if targets.ruleSets.isEmpty && targets.policies.isEmpty && targets.missing.isEmpty && targets.assessments.isEmpty
            && targets.mappings.isEmpty && targets.strayTestFiles.isEmpty && targets.notRegular.isEmpty {
            diagnostics.append(.error(
                "nothing_to_lint",
                LocalizedText(es: "no se encontró ningún conjunto de reglas ni política en \(paths.joined(separator: ", "))",
                              en: "no rule set or policy found in \(paths.joined(separator: ", "))"),
                at: nil, help: LocalizedText(es: "las autoevaluaciones se revisan con apertura validate",
                                             en: "self-assessments are checked with apertura validate")))
        }
        var ruleSets: [String: RuleSet] = [:]
        var broken: Set<String> = []
        // Rule sets with errors whose id cannot be read either: a policy may evaluate one of them.
        var unreadable: [String] = []
        var omitted = (errors: 0, warnings: 0)
        func count(_ list: DiagnosticList) {
            let errors = list.errorCount - list.items.count(where: \.isError)
            omitted.errors += errors
            omitted.warnings += list.dropped - errors
        }
        for directory in targets.ruleSets {
            let (ruleSet, found, loaded) = lintRuleSetCounted(directory)
            diagnostics += found
            count(loaded)
            if let ruleSet {
                ruleSets[ruleSet.info.id] = ruleSet
            } else if let id = LintTargets.declaredRuleSetID(directory) {
                broken.insert(id)
            } else {
                unreadable.append(directory)
            }
        }
        for file in targets.policies {
            let (found, loaded) = lintPolicyCounted(file, ruleSets: ruleSets, broken: broken, unreadable: unreadable)
            diagnostics += found
            count(loaded)
        }
        return LintResult(checked: targets.ruleSets + targets.policies, ruleSetCount: targets.ruleSets.count, diagnostics: sorted(diagnostics),
                          omittedErrors: omitted.errors, omittedWarnings: omitted.warnings)
    }

    /// One rule set folder: load (keeping the partial model), compile its expressions (after load errors, each
    /// against what could be declared: a name whose declaration has errors is not checked, so that its error is not
    /// echoed; see `RuleSetCompiler.check`), the semantic checks, and the test files beside the rules. Returns the
    /// rule set only when it has no load errors, for its policies.
    public static func lintRuleSet(_ directory: String) -> (RuleSet?, [Diagnostic]) {
        let (ruleSet, diagnostics, _) = lintRuleSetCounted(directory)
        return (ruleSet, diagnostics)
    }

    /// `lintRuleSet`, with the loader's list, which counts what it dropped past its cap.
    static func lintRuleSetCounted(_ directory: String) -> (RuleSet?, [Diagnostic], DiagnosticList) {
        let (read, loaded) = RuleSetLoader.loadPartial(directory: directory)
        var diagnostics = loaded.items
        guard let read else { return (nil, diagnostics, loaded) }
        let partial = read.ruleSet
        diagnostics += loaded.hasErrors ? RuleSetCompiler.check(read) : RuleSetCompiler.compile(partial).1
        diagnostics += RuleSetChecks(ruleSet: partial, loadedCleanly: !loaded.hasErrors).run()
        // The rule set's test files are part of it: their own problems (keys, outcome codes) show here too.
        // Their expectations must name rules, indicators and levels that exist, and give indicator values of the
        // indicator's type; checked against this rule set when it loaded cleanly and the file tests it (one
        // naming other rules is checked by `apertura test`).
        var policies: [String: Policy?] = [:]
        func policy(for testCase: RuleTestCase) -> Policy? {
            guard let file = RuleTestPolicy.file(for: testCase, ruleSetID: partial.info.id) else { return nil }
            if policies[file] == nil {
                let (loaded, found) = PolicyLoader.load(file: file)
                policies[file] = .some(loaded)
                // A policy the test file names but that cannot be read (a misspelt path) is reported at the name;
                // errors inside a policy are its own lint's.
                diagnostics += found.items.filter { $0.isError && $0.range == nil }.map { RuleTestLoader.policyProblem($0, at: testCase.policyRange) }
            }
            return policies[file] ?? nil
        }
        for file in RuleTestLoader.find(in: [directory]) {
            let (testFile, found) = RuleTestLoader.load(file: file)
            diagnostics += found
            // A file with reading errors still has the ids it names checked: every mistake in it is said at once.
            guard let testFile, !loaded.hasErrors, testFile.rules == directory else { continue }
            for testCase in testFile.cases { _ = policy(for: testCase) }
            if let missing = RuleTestPolicy.missing(in: testFile, ruleSetID: partial.info.id) { diagnostics.append(missing) }
            diagnostics += RuleTestReferences.check(testFile, ruleSet: partial, policy: policy)
            diagnostics += RuleTestValueTypes.check(testFile, ruleSet: partial)
        }
        return (loaded.hasErrors ? nil : partial, diagnostics, loaded)
    }

    /// One policy file, checked against its rule set (one linted in this run, else the bundled one).
    /// A policy whose rule set was linted in this run with errors (`broken` ids) is not cross-checked: the
    /// rule set's errors are already reported, and the bundled copy is not the one being edited.
    /// A policy with load errors is still checked, as far as it could be read: an error in one part does
    /// not hide the problems of the others; only the checks over a part with errors are skipped.
    public static func lintPolicy(_ file: String, ruleSets: [String: RuleSet], broken: Set<String> = [], unreadable: [String] = []) -> [Diagnostic] {
        lintPolicyCounted(file, ruleSets: ruleSets, broken: broken, unreadable: unreadable).0
    }

    /// `lintPolicy`, with the loader's list, which counts what it dropped past its cap.
    static func lintPolicyCounted(_ file: String, ruleSets: [String: RuleSet], broken: Set<String>, unreadable: [String]) -> ([Diagnostic], DiagnosticList) {
        let (partial, loaded) = PolicyLoader.loadPartial(file: file)
        var diagnostics = loaded.items
        guard let partial, !broken.contains(partial.policy.ruleSet) || ruleSets[partial.policy.ruleSet] != nil else { return (diagnostics, loaded) }
        let policy = partial.policy
        var ruleSet = ruleSets[policy.ruleSet]
        if ruleSet == nil {
            let bundled = Workspace.bundled("Rules/\(policy.ruleSet)")
            if FileManager.default.fileExists(atPath: bundled) { ruleSet = RuleSetLoader.load(directory: bundled).0 }
            // Its references are checked against a rule set the user did not name: which one is said.
            if ruleSet != nil {
                diagnostics.append(Diagnostic(
                    .note, code: "bundled_rule_set",
                    LocalizedText(es: "se revisa contra el conjunto de reglas «\(policy.ruleSet)» de «\(bundled)», pues no se revisó ninguno con ese id",
                                  en: "checked against rule set '\(policy.ruleSet)' in '\(bundled)', as none of that id was linted"),
                    at: policy.ruleSetRange ?? SourceRange(at: policy.range.start),
                    help: LocalizedText(es: "para revisarla contra otro, páselo también a lint: apertura lint CARPETA_DE_REGLAS \(file)",
                                        en: "to check it against another, pass that one to lint too: apertura lint RULES_FOLDER \(file)")))
            }
        }
        guard let ruleSet else {
            diagnostics.append(.error(
                "unknown_rule_set",
                LocalizedText(es: "no se encontró el conjunto de reglas «\(policy.ruleSet)» que la política evalúa",
                              en: "rule set '\(policy.ruleSet)' that the policy evaluates was not found"),
                at: policy.ruleSetRange ?? SourceRange(at: policy.range.start),
                // A rule set of this run that could not be read may be the one: then its errors come first.
                help: closestRuleSet(to: policy.ruleSet, among: ruleSets.keys).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                    ?? (unreadable.isEmpty
                    ? LocalizedText(es: "incluya su carpeta en los argumentos de lint", en: "pass its folder to lint as well")
                    : LocalizedText(es: "si es el de \(unreadable.map { "«\($0)»" }.joined(separator: ", ")), que no se pudo leer, corrija primero sus errores",
                                    en: "if it is the one in \(unreadable.map { "'\($0)'" }.joined(separator: ", ")), which could not be read, fix its errors first"))))
            return (diagnostics, loaded)
        }
        diagnostics += PolicyValidator.check(policy, against: ruleSet)
        if let compiled = RuleSetCompiler.compile(ruleSet).0 {
            diagnostics += Evaluator.make(compiled, policy: policy).1.filter { d in !diagnostics.contains(d) }
        }
        // The errors evaluation refuses a policy for too, then the warnings only an author needs.
        diagnostics += PolicySoundness.check(policy, against: ruleSet, incomplete: partial.incomplete)
        diagnostics += PolicyChecks(policy: policy, ruleSet: ruleSet, incomplete: partial.incomplete).run()
        diagnostics += ApplicabilityEntryChecks.run(policy)
        if !partial.incomplete.contains(.calendar) {
            diagnostics += CalendarChecks(policy: policy).run()
        }
        return (diagnostics, loaded)
    }

    /// A rule set of this run, else a bundled one, close to a misspelt `id`.
    static func closestRuleSet(to id: String, among linted: some Sequence<String>) -> String? {
        if let found = Suggestion.closest(to: id, in: linted) { return found }
        return Suggestion.closest(to: id, in: Workspace.bundledRuleSetIDs())
    }

    /// By place; diagnostics with no place first.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var list = DiagnosticList(cap: Int.max)
        list.append(contentsOf: diagnostics)
        return list.sorted
    }
}
