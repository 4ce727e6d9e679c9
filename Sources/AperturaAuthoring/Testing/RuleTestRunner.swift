import AperturaSource
import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaYAML
import Foundation

/// Runs rule test files: loads each rule set and policy once, evaluates every case, and compares.
public enum RuleTestRunner {
    /// Runs every test file under `paths` and computes coverage for every rule set they test or contain.
    public static func run(paths: [String]) -> RuleTestRun {
        var diagnostics: [Diagnostic] = []
        var results: [RuleTestResult] = []
        var casesByRules: [String: [RuleTestCase]] = [:]
        var ruleSets: [String: RuleSet] = [:]
        var evaluators: [String: Evaluator?] = [:]
        // A misspelt path is said as such, as `lint` says it, not left to "no case ran".
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            diagnostics.append(PathNotFound.diagnostic(path))
        }
        for file in RuleTestLoader.find(in: paths) {
            let (testFile, found) = RuleTestLoader.load(file: file)
            diagnostics += found
            guard let testFile else { continue }
            // A file with reading errors runs no case, but its references are still checked, so that every
            // mistake in it is said at once rather than one round of fixes after another.
            let readable = !found.contains(where: \.isError)
            // A rules: folder that does not exist is one error at the path, not the loader's two about an empty folder.
            guard FileManager.default.fileExists(atPath: testFile.rules) else {
                diagnostics.append(RuleTestLoader.rulesProblem(
                    .error("path_not_found", LocalizedText(es: "no existe la carpeta de reglas «\(testFile.rules)»",
                                                           en: "rule set folder '\(testFile.rules)' does not exist"), at: nil),
                    at: testFile.rulesRange))
                continue
            }
            let (ruleSet, ruleDiagnostics) = RuleSetLoader.load(directory: testFile.rules)
            guard let ruleSet else {
                diagnostics += ruleDiagnostics.sorted.map { RuleTestLoader.rulesProblem($0, at: testFile.rulesRange) }
                continue
            }
            if let id = testFile.ruleSetID, id != ruleSet.info.id {
                diagnostics.append(.error("rule_set_mismatch",
                                          LocalizedText(es: "el archivo prueba «\(id)» pero las reglas de «\(testFile.rules)» son «\(ruleSet.info.id)»",
                                                        en: "the file tests '\(id)' but the rules in '\(testFile.rules)' are '\(ruleSet.info.id)'"),
                                          at: testFile.ruleSetRange ?? SourceRange(at: SourceLocation(file: file, line: 1, column: 1))))
                continue
            }
            func evaluator(for testCase: RuleTestCase) -> Evaluator? {
                guard let policyFile = RuleTestPolicy.file(for: testCase, ruleSetID: ruleSet.info.id) else { return nil }
                let key = testFile.rules + "\u{0}" + policyFile
                if evaluators[key] == nil {
                    let (evaluator, found) = Workspace.load(rules: testFile.rules, policy: policyFile)
                    // A policy that cannot be read is reported where the test file names it.
                    diagnostics += found.filter(\.isError).map { RuleTestLoader.policyProblem($0, at: testCase.policyRange) }
                    evaluators[key] = .some(evaluator)
                }
                return evaluators[key] ?? nil
            }
            // Expectations that contradict the rule set (an unknown id, a value of the wrong type) could never
            // pass, and without a policy no case can run: the file is invalid and none of its cases runs.
            let invalid = RuleTestReferences.check(testFile, ruleSet: ruleSet, policy: { evaluator(for: $0)?.policy })
                + RuleTestValueTypes.check(testFile, ruleSet: ruleSet)
                + [RuleTestPolicy.missing(in: testFile, ruleSetID: ruleSet.info.id)].compactMap { $0 }
            guard invalid.isEmpty, readable else {
                diagnostics += invalid
                continue
            }
            ruleSets[testFile.rules] = ruleSet
            casesByRules[testFile.rules, default: []] += testFile.cases
            for testCase in testFile.cases {
                guard let evaluator = evaluator(for: testCase) else { continue }
                results.append(run(testCase, file: file, evaluator: evaluator))
            }
        }
        // Rule sets under the paths that no test file names count too: all of their rules are untested.
        for directory in LintTargets.find(in: paths).ruleSets where ruleSets[directory] == nil {
            if let ruleSet = RuleSetLoader.load(directory: directory).0 {
                ruleSets[directory] = ruleSet
                casesByRules[directory] = []
            }
        }
        let coverage = casesByRules.keys.sorted().compactMap { rules in
            ruleSets[rules].map { RuleTestCoverage.compute(ruleSet: $0, rules: rules, cases: casesByRules[rules] ?? []) }
        }
        return RuleTestRun(results: results, diagnostics: Linter.sorted(diagnostics), coverage: coverage)
    }

    /// One case: load its self-assessment, evaluate it, compare every stated expectation.
    static func run(_ testCase: RuleTestCase, file: String, evaluator: Evaluator) -> RuleTestResult {
        var failures: [RuleTestResult.Failure] = []
        func fail(_ range: SourceRange, es: String, en: String) {
            failures.append(.init(range: range, message: LocalizedText(es: es, en: en)))
        }
        let ruleSet = evaluator.compiled.ruleSet
        let assessments: [Assessment]
        let loadDiagnostics: [Diagnostic]
        switch testCase.input {
        case .path(let path):
            let loaded = AssessmentLoader.load(file: path, ruleSet: ruleSet)
            (assessments, loadDiagnostics) = (loaded.0, loaded.1.sorted)
        case .inline(let node):
            let context = LoadContext()
            let document = YAMLDocument(root: node, file: file, range: node.range)
            assessments = AssessmentLoader.read(document, file: file, ruleSet: ruleSet, context).map { [$0] } ?? []
            loadDiagnostics = context.diagnostics.sorted
        }
        guard let assessment = assessments.first, !loadDiagnostics.contains(where: \.isError) else {
            let first = loadDiagnostics.first(where: \.isError)
            // A file that cannot be opened has no place of its own: said where the case names it.
            fail(first?.range ?? testCase.assessmentRange ?? testCase.range, es: "la autoevaluación no se pudo leer: \(first?.message.es ?? "vacía")",
                 en: "the self-assessment could not be read: \(first?.message.text(.en) ?? "empty")")
            return RuleTestResult(file: file, name: testCase.name, range: testCase.range, failures: failures)
        }
        let evaluation: Evaluation
        do {
            evaluation = try evaluator.evaluate(assessment, asOf: testCase.asOf)
        } catch {
            // At the date (the message gives the span the calendar covers): the date or the calendar is what to change.
            failures.append(.init(range: testCase.asOfRange ?? testCase.range, message: error.message))
            return RuleTestResult(file: file, name: testCase.name, range: testCase.range, failures: failures)
        }
        let outcomes = firstByID(evaluation.outcomes, \.rule)
        for (rule, expected) in testCase.outcomes {
            guard let actual = outcomes[rule] else {
                fail(expected.range, es: "la regla «\(rule)» no existe", en: "rule '\(rule)' does not exist")
                continue
            }
            if actual.outcome.code != expected.value {
                fail(expected.range, es: "«\(rule)»: se esperaba \(expected.value), resultó \(describe(actual, .es))",
                     en: "'\(rule)': expected \(expected.value), got \(describe(actual, .en))")
            }
        }
        if let gaps = testCase.gaps {
            let actual = Set(evaluation.gaps.map(\.rule)), wanted = Set(gaps.value)
            if actual != wanted {
                let extra = actual.subtracting(wanted).map(\.rawValue).sorted(), missing = wanted.subtracting(actual).map(\.rawValue).sorted()
                // Only the side that differs: an empty "missing []" says nothing.
                func list(_ ids: [String], _ label: String) -> String? { ids.isEmpty ? nil : "\(label) [\(ids.joined(separator: ", "))]" }
                fail(gaps.range, es: "brechas distintas: " + [list(extra, "sobran"), list(missing, "faltan")].compactMap { $0 }.joined(separator: ", "),
                     en: "different gaps: " + [list(extra, "unexpected"), list(missing, "missing")].compactMap { $0 }.joined(separator: ", "))
            }
        }
        func compare(_ expected: RuleTestCase.Expected<Double?>?, _ actual: Double?, _ what: String) {
            guard let expected else { return }
            let same = switch (expected.value, actual) {
            case (nil, nil): true
            case let (x?, y?): abs(x - y) <= testCase.tolerance
            default: false
            }
            if !same {
                let (es, en) = (shown(expected.value, actual, .es), shown(expected.value, actual, .en))
                fail(expected.range, es: "\(what): se esperaba \(es.expected), resultó \(es.actual)",
                     en: "\(what): expected \(en.expected), got \(en.actual)")
            }
        }
        compare(testCase.score, evaluation.score, "score")
        compare(testCase.ratio, evaluation.ratio, "ratio")
        if let level = testCase.level, level.value != evaluation.level?.rawValue {
            fail(level.range, es: "level: se esperaba \(level.value ?? "ninguno"), resultó \(evaluation.level?.rawValue ?? "ninguno")",
                 en: "level: expected \(level.value ?? "none"), got \(evaluation.level?.rawValue ?? "none")")
        }
        let indicatorIDs = testCase.indicators.isEmpty ? [] : Set(ruleSet.indicators.map(\.id))
        for (id, expected) in testCase.indicators {
            guard indicatorIDs.contains(id) else {
                fail(expected.range, es: "el indicador «\(id)» no existe", en: "indicator '\(id)' does not exist")
                continue
            }
            let actual = evaluation.indicators[id]?.value
            let same = switch (expected.value, actual) {
            case (nil, nil): true
            case let (.number(x)?, .number(y)?): abs(x - y) <= testCase.tolerance
            case let (x?, y?): x == y
            default: false
            }
            if !same {
                var (x, y) = (expected.value?.description, actual?.description)
                if case let (.number(a)?, .number(b)?) = (expected.value, actual) { (x, y) = Self.distinct(a, b) }
                fail(expected.range, es: "indicador «\(id)»: se esperaba \(x ?? "sin valor"), resultó \(y ?? "sin valor")",
                     en: "indicator '\(id)': expected \(x ?? "no value"), got \(y ?? "no value")")
            }
        }
        // In the order the file states the expectations, as an author reads them.
        let ordered = failures.enumerated().sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }.map(\.element)
        return RuleTestResult(file: file, name: testCase.name, range: testCase.range, failures: ordered)
    }

    static func describe(_ outcome: RuleOutcome, _ language: Language) -> String {
        var text = outcome.outcome.code
        if let value = outcome.value { text += language == .es ? " (valor \(value))" : " (value \(value))" }
        switch outcome.outcome {
        case .notReported(let missing): text += " [\(missing.joined(separator: ", "))]"
        case .missingEvidence(let fields): text += " [\(fields.joined(separator: ", "))]"
        case .error(let message): text += " [\(message.text(language))]"
        default: break
        }
        return text
    }

    static func show(_ x: Double?, _ language: Language) -> String { x.map(IndicatorValue.format) ?? (language == .es ? "ninguno" : "none") }

    /// An expected and an actual value as a failure shows them: rounded as reports round, unless that makes
    /// two different numbers look alike ("expected 0.5, got 0.5"); then in full.
    static func shown(_ expected: Double?, _ actual: Double?, _ language: Language) -> (expected: String, actual: String) {
        guard let expected, let actual else { return (show(expected, language), show(actual, language)) }
        return distinct(expected, actual)
    }

    static func distinct(_ x: Double, _ y: Double) -> (String, String) {
        let (a, b) = (IndicatorValue.format(x), IndicatorValue.format(y))
        return a == b ? ("\(x)", "\(y)") : (a, b)
    }
}
