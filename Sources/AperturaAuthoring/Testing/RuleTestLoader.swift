public import AperturaSource
import AperturaModel
import AperturaEngine
import AperturaYAML
import Foundation

/// Reads `*.tests.yaml` files (see docs/TESTING.md). Like every loader: unknown keys are errors with
/// "did you mean", and all problems are collected.
public enum RuleTestLoader {
    /// The keys of a test file.
    public enum FileKey: String, CaseIterable {
        case kind
        case ruleSet = "rule_set"
        case rules, policy
        case asOf = "as_of"
        case tolerance, cases
    }
    /// The keys of a case.
    public enum CaseKey: String, CaseIterable {
        case name
        case asOf = "as_of"
        case policy, assessment, expect
    }
    /// The keys of a case's expectations.
    public enum ExpectKey: String, CaseIterable { case outcomes, gaps, score, ratio, level, indicators }

    /// The outcome codes a case may expect.
    public static let outcomeCodes = ["met", "not_met", "not_reported", "not_applicable", "missing_evidence", "error", "waived"]

    /// The test files under the paths (folders searched recursively; files taken as they are).
    public static func find(in paths: [String]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let enumerator = fm.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".tests.yaml") { files.append((path as NSString).appendingPathComponent(relative)) }
            }
        }
        return Array(Set(files)).sorted()
    }

    /// One test file, or nil when it cannot be read; every problem found, sorted by place.
    /// A pipe or device (a FIFO named `*.tests.yaml` in a folder) is an error, not read: it would block the run.
    public static func load(file: String) -> (RuleTestFile?, [Diagnostic]) {
        if SpecialFile.isSpecial(file) { return (nil, [SpecialFile.diagnostic(file)]) }
        var reader = NodeReader()
        let parsed = YAMLParser.parseFile(atPath: file)
        reader.diagnostics += parsed.diagnostics
        guard let root = parsed.documents.first?.root else {
            if !parsed.hasErrors {
                reader.error("empty_document", es: "el archivo de pruebas está vacío", en: "the test file is empty",
                             at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)))
            }
            return (nil, reader.diagnostics)
        }
        let directory = PathText.directory(of: file)
        // A file given by name that is neither `kind: tests` nor has cases (a rule file, a self-assessment) is
        // said to be what it is, once, rather than read key by key as a test file gone wrong.
        if let pairs = root.mapping, !pairs.contains(where: { $0.key.scalar?.value == FileKey.cases.rawValue }) {
            let kind = pairs.first { $0.key.scalar?.value == FileKey.kind.rawValue }?.value
            if kind?.scalar?.value != "tests" {
                reader.error(kind == nil ? "missing_key" : "invalid_value",
                             es: "no es un archivo de pruebas: le faltan kind: tests y cases", en: "not a test file: it has neither kind: tests nor cases",
                             at: kind?.range ?? SourceRange(at: root.range.start),
                             help: LocalizedText(es: "apertura test lee archivos *.tests.yaml; revise las reglas y políticas con apertura lint y las autoevaluaciones con apertura validate",
                                                 en: "apertura test reads *.tests.yaml files; check rules and policies with apertura lint and self-assessments with apertura validate"))
                return (nil, reader.diagnostics)
            }
        }
        guard let keys = reader.keys(root, FileKey.self, what: ("un archivo de pruebas", "a test file")) else { return (nil, reader.diagnostics) }
        if let kind = keys[.kind] {
            if kind.scalar?.value != "tests" { reader.error("invalid_value", es: "kind debe ser tests", en: "kind must be tests", at: kind.range) }
        } else {
            reader.error("missing_key", es: "falta la clave obligatoria «kind»", en: "missing required key 'kind'", at: SourceRange(at: root.range.start))
        }
        let ruleSetID = keys[.ruleSet].flatMap { reader.string($0) }
        let rules = keys[.rules].flatMap { reader.string($0) }.map { resolve($0, from: directory) } ?? enclosingRuleSet(of: directory)
        let policy = keys[.policy].flatMap { reader.string($0) }.map { resolve($0, from: directory) }
        let asOf = keys[.asOf].flatMap { reader.day($0) }
        let tolerance = keys[.tolerance].flatMap { reader.number($0) } ?? 1e-4
        // A negative tolerance would fail every number, even one equal to what was expected.
        if let node = keys[.tolerance], tolerance < 0 {
            reader.error("invalid_value", es: "la tolerancia no puede ser negativa", en: "the tolerance cannot be negative", at: node.range)
        }
        var cases: [RuleTestCase] = []
        if let list = keys[.cases] {
            if let items = list.sequence {
                if items.isEmpty {
                    reader.error("missing_key", es: "el archivo de pruebas no tiene casos", en: "the test file has no cases", at: list.range)
                }
                for item in items {
                    if let testCase = readCase(item, directory: directory, asOf: asOf, fileWritesAsOf: keys[.asOf] != nil, policy: policy,
                                                 policyRange: keys[.policy]?.range, asOfRange: keys[.asOf]?.range, tolerance: tolerance, &reader) {
                        cases.append(testCase)
                    }
                }
            } else {
                reader.mismatch(list, expected: ("una lista de casos", "a list of cases"))
            }
        } else {
            reader.error("missing_key", es: "falta la clave obligatoria «cases»", en: "missing required key 'cases'", at: SourceRange(at: root.range.start))
        }
        guard let rules else {
            reader.error("rules_not_found", es: "no se encontró el conjunto de reglas: ponga el archivo en su carpeta o indique rules:",
                         en: "no rule set found: keep the file in its folder or give rules:", at: SourceRange(at: root.range.start))
            return (nil, Linter.sorted(reader.diagnostics))
        }
        var testFile = RuleTestFile(file: file, rules: rules, ruleSetID: ruleSetID, cases: cases)
        testFile.ruleSetRange = keys[.ruleSet]?.range
        testFile.rulesRange = keys[.rules]?.range
        testFile.startRange = SourceRange(at: root.range.start)
        return (testFile, Linter.sorted(reader.diagnostics))
    }

    static func readCase(
        _ node: YAMLNode, directory: String, asOf defaultAsOf: Day?, fileWritesAsOf: Bool = false, policy defaultPolicy: String?,
        policyRange: SourceRange? = nil, asOfRange: SourceRange? = nil, tolerance: Double,
        _ reader: inout NodeReader
    ) -> RuleTestCase? {
        guard let keys = reader.keys(node, CaseKey.self, what: ("un caso", "a case")) else { return nil }
        let name = keys[.name].flatMap { reader.string($0) }
        let asOf = keys[.asOf].flatMap { reader.day($0) } ?? defaultAsOf
        let policy = keys[.policy].flatMap { reader.string($0) }.map { resolve($0, from: directory) } ?? defaultPolicy
        var input: RuleTestCase.Input?
        if let assessment = keys[.assessment] {
            if let path = assessment.scalar?.value, path.allSatisfy(\.isWhitespace) {
                // An empty path would resolve to the test file's own folder, and fail only when the case runs.
                reader.error("invalid_value", es: "«assessment» está vacío: indique el archivo de la autoevaluación o escríbala aquí",
                             en: "'assessment' is empty: give the self-assessment's file or write it here", at: assessment.range)
            } else if let path = assessment.scalar?.value, assessment.mapping == nil {
                input = .path(resolve(path, from: directory))
            } else if assessment.mapping != nil {
                input = .inline(assessment)
            } else {
                reader.mismatch(assessment, expected: ("una ruta o una autoevaluación", "a path or a self-assessment"))
            }
        }
        var testCase = RuleTestCase(
            name: name ?? "", range: node.range, asOf: asOf ?? Day(year: 2000, month: 1, day: 1)!, policy: policy,
            input: input ?? .path(""), outcomes: [], gaps: nil, score: nil, ratio: nil, level: nil, indicators: [], tolerance: tolerance)
        testCase.policyRange = keys[.policy]?.range ?? (keys[.policy] == nil ? policyRange : nil)
        testCase.asOfRange = keys[.asOf]?.range ?? asOfRange
        testCase.assessmentRange = keys[.assessment]?.range
        for (key, what) in [(CaseKey.name, "name"), (.assessment, "assessment"), (.expect, "expect")] where keys[key] == nil {
            reader.error("missing_key", es: "falta la clave obligatoria «\(what)»", en: "missing required key '\(what)'", at: SourceRange(at: node.range.start))
        }
        // A date written wrongly is reported where it is written, not again as missing in every case.
        if asOf == nil && keys[.asOf] == nil && !fileWritesAsOf {
            reader.error("missing_key", es: "falta as_of (en el caso o en el archivo)", en: "missing as_of (in the case or the file)", at: SourceRange(at: node.range.start))
        }
        if let expect = keys[.expect] {
            readExpectations(expect, into: &testCase, &reader)
            // A case that states nothing would pass whatever the rules do.
            if expect.mapping != nil && !testCase.expectsSomething {
                reader.error("missing_key", es: "el caso no espera nada: indique outcomes, gaps, score, ratio, level o indicators",
                             en: "the case expects nothing: give outcomes, gaps, score, ratio, level or indicators", at: expect.range)
            }
        }
        // A name that could not be read is reported; the case is kept so that its expectations are checked too.
        guard asOf != nil, input != nil else { return nil }
        return testCase
    }

    static func readExpectations(_ node: YAMLNode, into testCase: inout RuleTestCase, _ reader: inout NodeReader) {
        guard let keys = reader.keys(node, ExpectKey.self, what: ("las expectativas", "the expectations")) else { return }
        if let outcomes = keys[.outcomes] {
            for pair in outcomes.mapping ?? [] {
                guard let rule = pair.key.scalar?.value, let code = reader.string(pair.value) else { continue }
                if !outcomeCodes.contains(code) {
                    reader.error("invalid_value", es: "«\(code)» no es un resultado; use uno de: \(outcomeCodes.joined(separator: ", "))",
                                 en: "'\(code)' is not an outcome; use one of: \(outcomeCodes.joined(separator: ", "))", at: pair.value.range,
                                 help: Suggestion.closest(to: code, in: outcomeCodes).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") })
                }
                testCase.outcomes.append((RuleID(rule), .init(code, range: pair.value.range)))
                testCase.references.append(.init(kind: .rule, id: rule, range: pair.key.range))
            }
            if outcomes.mapping == nil { reader.mismatch(outcomes, expected: ("un mapa regla: resultado", "a mapping rule: outcome")) }
        }
        if let gaps = keys[.gaps] {
            if let items = gaps.sequence {
                let named = items.compactMap { item in reader.string(item).map { (id: $0, range: item.range) } }
                testCase.gaps = .init(named.map { RuleID($0.id) }, range: gaps.range)
                testCase.references += named.map { .init(kind: .rule, id: $0.id, range: $0.range) }
            } else {
                reader.mismatch(gaps, expected: ("una lista de reglas", "a list of rules"))
            }
        }
        if let score = keys[.score] { testCase.score = .init(reader.optionalNumber(score), range: score.range) }
        if let ratio = keys[.ratio] { testCase.ratio = .init(reader.optionalNumber(ratio), range: ratio.range) }
        if let level = keys[.level] {
            let id = level.scalar?.isNull == true ? nil : level.scalar?.value
            if level.scalar == nil { reader.mismatch(level, expected: ("el id de un nivel o ~ (ninguno)", "a level id or ~ (none)")) }
            testCase.level = .init(id, range: level.range)
            if let id { testCase.references.append(.init(kind: .level, id: id, range: level.range)) }
        }
        if let indicators = keys[.indicators] {
            for pair in indicators.mapping ?? [] {
                guard let id = pair.key.scalar?.value else { continue }
                let value: IndicatorValue?
                if let scalar = pair.value.scalar, scalar.style == .plain, scalar.value == "true" || scalar.value == "false" {
                    value = .bool(scalar.value == "true")
                } else if let scalar = pair.value.scalar, scalar.style == .plain, let x = Double(scalar.value), x.isFinite {
                    value = .number(x)
                } else {
                    // `yes`, "3", a list: say every form an indicator's value may take, booleans included.
                    if pair.value.scalar?.isNull != true {
                        reader.mismatch(pair.value, expected: ("true, false, un número o ~ (sin valor)", "true, false, a number or ~ (no value)"))
                    }
                    value = nil
                }
                testCase.indicators.append((IndicatorID(id), .init(value, range: pair.value.range)))
                testCase.references.append(.init(kind: .indicator, id: id, range: pair.key.range))
            }
            if indicators.mapping == nil { reader.mismatch(indicators, expected: ("un mapa indicador: valor", "a mapping indicator: value")) }
        }
    }

    /// `path` against `directory`, with `.` and `..` folded away (also for relative paths).
    static func resolve(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") || directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path)
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let folded = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? "/" + folded : (folded.isEmpty ? "." : folded)
    }

    /// A policy named by a test file that cannot be read, reported where the file names it, with how the
    /// path is read (relative to the test file: a rule set copied elsewhere often leaves it pointing nowhere).
    static func policyProblem(_ diagnostic: Diagnostic, at range: SourceRange?) -> Diagnostic {
        var placed = diagnostic
        guard placed.range == nil, let range else { return placed }
        placed.range = range
        placed.help = LocalizedText(
            es: "la ruta de policy se lee desde la carpeta del archivo de pruebas; corríjala, o quítela para usar la política de Policies/ del conjunto",
            en: "the policy path is read from the test file's folder; fix it, or leave it out to use the rule set's policy in Policies/")
        return placed
    }

    /// A rule set folder named by a test file that cannot be read (a misspelt path), reported where the
    /// file names it, with how the path is read.
    static func rulesProblem(_ diagnostic: Diagnostic, at range: SourceRange?) -> Diagnostic {
        var placed = diagnostic
        guard placed.range == nil, let range else { return placed }
        placed.range = range
        placed.help = LocalizedText(es: "la ruta de rules se lee desde la carpeta del archivo de pruebas; corríjala, o quítela si el archivo está dentro de la carpeta del conjunto",
                                    en: "the rules path is read from the test file's folder; fix it, or leave it out when the file is inside the rule set's folder")
        return placed
    }

    /// The nearest folder, from `directory` up, that is a rule set; failing that, `directory` itself when it
    /// holds rule files (a rule set whose `kind: ruleset` file is misspelt or unreadable: its loader then says
    /// so, rather than "no rule set found" of a test file that sits in its folder). Only `directory` is tried
    /// for that: reading the YAML of every folder above would be slow, and they are not the test file's.
    static func enclosingRuleSet(of directory: String) -> String? {
        if let ruleSet = nearestRuleSet(from: directory) { return ruleSet }
        let own = directory.isEmpty ? "." : directory
        return LintTargets.holdsRuleFiles(own) ? own : nil
    }

    /// The nearest folder, from `directory` up (at most eight levels), that holds a `kind: ruleset` file.
    static func nearestRuleSet(from directory: String) -> String? {
        var current = directory.isEmpty ? "." : directory
        for _ in 0..<8 {
            if LintTargets.isRuleSet(current) { return current }
            guard let parent = FolderPath.parent(of: current), parent != current else { break }
            current = parent
        }
        return nil
    }
}
