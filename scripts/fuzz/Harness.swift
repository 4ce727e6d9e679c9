// libFuzzer entry point for Apertura's input readers. Built by scripts/fuzz/build (never by
// `swift build`); the target is picked at run time with
// APERTURA_FUZZ=assessment|cel|regex|csv|ruleset|policy|mapping|tests.
import AperturaAuthoring
import AperturaBatch
import AperturaEngine
import AperturaExpressions
import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaYAML
import Foundation

let root = ProcessInfo.processInfo.environment["APERTURA_ROOT"] ?? FileManager.default.currentDirectoryPath
let target = ProcessInfo.processInfo.environment["APERTURA_FUZZ"] ?? "assessment"

nonisolated(unsafe) var evaluatorCache: Evaluator?
nonisolated(unsafe) var mgaRuleSet: RuleSet?
nonisolated(unsafe) var mgaMapping: CSVMapping?
let scratch = NSTemporaryDirectory() + "apertura-fuzz-\(getpid())"

func setUp() {
    if evaluatorCache != nil { return }
    let (evaluator, diagnostics) = Workspace.load(rules: root + "/Rules/pai", policy: root + "/Policies/pai-inicio.yaml")
    guard let evaluator else { fatalError("setup: \(diagnostics.map { $0.rendered(.en) })") }
    evaluatorCache = evaluator
    mgaRuleSet = RuleSetLoader.load(directory: root + "/Rules/mga").0
    mgaMapping = CSVMappingLoader.load(file: root + "/Mappings/mga2017.yaml").0
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    // libFuzzer ends with exit(): the scratch folder goes with the process (a crash leaves it for inspection).
    atexit { try? FileManager.default.removeItem(atPath: scratch) }
}

func render(_ diagnostics: some Sequence<Diagnostic>) {
    for d in diagnostics { _ = d.rendered(.es); _ = d.rendered(.en) }
}

/// The full loader's reading, as the batch makes it (nil when a document has an error), whether it warned of
/// anything, and `validate`'s findings: for a clean document its missing answers and empty evidence, for one with
/// errors its partial reading and missing answers.
func fullRead(_ bytes: [UInt8], file: String, ruleSet: RuleSet) -> (assessments: [Assessment]?, warned: Bool) {
    var assessments: [Assessment] = []
    var failed = false, warned = false
    for item in YAMLDocumentStream(bytes: bytes, file: file) {
        render(item.diagnostics)
        if item.diagnostics.contains(where: \.isError) { failed = true; continue }
        guard let document = item.document else { continue }
        let context = LoadContext()
        let assessment = AssessmentLoader.read(document, file: file, ruleSet: ruleSet, context)
        render(context.diagnostics.items)
        warned = warned || context.diagnostics.items.contains { $0.severity == .warning }
        if let assessment {
            assessments.append(assessment)
            // `validate`'s reading of a clean document: its missing answers and empty evidence, at their keys.
            render(MissingAnswers.find(in: assessment, ruleSet: ruleSet, root: document.root))
            render(EmptyEvidence.find(in: assessment, ruleSet: ruleSet, root: document.root))
        } else {
            failed = true
            if let root = document.root, let partial = AssessmentLoader.read(document, file: file, ruleSet: ruleSet, LoadContext(), partial: true) {
                render(MissingAnswers.find(in: partial, ruleSet: ruleSet, root: root))
            }
        }
    }
    return (failed || assessments.isEmpty ? nil : assessments, warned)
}

func fuzzAssessment(_ bytes: [UInt8]) {
    let evaluator = evaluatorCache!
    let ruleSet = evaluator.compiled.ruleSet
    let file = "input.yaml"
    let fast = AssessmentFastReader(ruleSet: ruleSet).read(bytes, file: file)
    let (full, warned) = fullRead(bytes, file: file, ruleSet: ruleSet)
    if let fast {
        guard let full else { fatalError("fast reader accepts what the full loader rejects") }
        if warned { fatalError("fast reader accepts what the full loader warns of") }
        if fast != full { fatalError("readers disagree") }
        if fast.map(\.range) != full.map(\.range) { fatalError("ranges differ") }
    }
    for assessment in full ?? [] {
        for day in ["2025-06-30", "2026-06-30", "2031-01-01"] {
            _ = try? evaluator.evaluate(assessment, asOf: Day(day)!)
        }
        // What `validate` warns of: the empty evidence that an evaluation would find missing, in a phase and with no date.
        for phase in [evaluator.policy.calendar.first?.phase, nil] {
            render(EmptyEvidence.find(in: assessment, ruleSet: ruleSet, judging: evaluator.calendarFindings(in: assessment, phase: phase).missingEvidence))
        }
    }
}

let declarations: CELDeclarations = {
    var d = CELDeclarations()
    d.declare("x", .int)
    d.declare("d", .double)
    d.declare("s", .string)
    d.declare("l", .list(.int))
    d.declare("m", .map(.string, .dyn))
    d.declare("y", .dyn)
    d.declare("t", .timestamp)
    return d
}()

func fuzzCEL(_ bytes: [UInt8]) {
    guard let source = String(validating: bytes, as: UTF8.self) else { return }
    // What `explain --kind` decides of a condition from the institution's kind and order alone.
    _ = KnownNamesCondition.decide(source, known: ["institution.kind": "fideicomiso", "s": "héllo"])
    let values: [CELValue] = [
        .int(Int64.max), .double(1.5), .string("héllo"), .list([.int(1), .int(-3), .int(Int64.min)]),
        .map(CELMap(entries: [(.string("a"), .int(1)), (.string("b"), .list([.string("z")]))])!), .uint(UInt64.max),
        .null,
    ]
    for checked in [true, false] {
        do {
            let program = try CELProgram.compile(source, declarations: declarations, checked: checked)
            var slots = values
            slots[6] = .null
            _ = program.evaluate(CELActivation(slots: slots))
            // The conditions of its `&&` chain, each compiled and evaluated alone (a gap's failing condition).
            if checked, case .bool = program.resultType {
                for conjunct in CELConjunct.split(source, declarations: declarations) {
                    _ = conjunct.program.evaluate(CELActivation(slots: slots))
                }
            }
        } catch {
            _ = error
        }
    }
}

/// `text.matches(pattern)`, the input split at its first NUL into pattern and text; a pattern that
/// compiles must also match with the cost budget respected (no hang, no trap).
let regexProgram = try! CELProgram.compile("s.matches(p)", declarations: {
    var d = CELDeclarations()
    d.declare("s", .string)
    d.declare("p", .string)
    return d
}())

func fuzzRegex(_ bytes: [UInt8]) {
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    guard let pattern = String(validating: bytes[..<split], as: UTF8.self),
        let text = String(validating: bytes[min(split + 1, bytes.count)...], as: UTF8.self)
    else { return }
    _ = regexProgram.evaluate(CELActivation(slots: [.string(text), .string(pattern)]))
    // The same as literals (raw strings keep the backslashes), for the pattern compiled with the expression.
    let literal = { (s: String) in "r'" + s.filter { $0 != "'" && $0 != "\n" && $0 != "\r" } + "'" }
    if let program = try? CELProgram.compile(literal(text) + ".matches(" + literal(pattern) + ")", declarations: CELDeclarations()) {
        _ = program.evaluate(CELActivation(slots: []))
    }
}

func fuzzCSV(_ bytes: [UInt8]) {
    guard let mapping = mgaMapping, let ruleSet = mgaRuleSet else { fatalError("setup") }
    var header: CSVRecord?
    var converter: CSVRowConverter?
    var rows = 0
    for item in CSVReader(bytes: bytes, file: "input.csv", delimiter: mapping.delimiter) {
        switch item {
        case .failure(let d): render([d])
        case .undecodable(let d, _): render([d])  // the batch names the column with the converter's internals
        case .record(let record):
            if header == nil {
                header = record
                let (c, diagnostics) = CSVRowConverter.make(mapping: mapping, header: record, ruleSet: ruleSet, file: "input.csv")
                render(diagnostics)
                converter = c
                continue
            }
            guard let converter else { continue }
            rows += 1
            if rows > 50 { return }
            if let d = converter.fieldCountError(record) { render([d]); continue }
            let document = converter.document(for: record)
            let context = LoadContext()
            _ = AssessmentLoader.read(document, file: "input.csv", ruleSet: ruleSet, context)
            render(context.diagnostics.items)
        }
    }
}

func fuzzFile(_ bytes: [UInt8], name: String, _ body: (String) -> Void) {
    let path = scratch + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    body(path)
}

/// Replaces one file of a copy of Rules/pai (APERTURA_FUZZ_FILE, default ruleset.yaml) with the input.
func fuzzRuleSet(_ bytes: [UInt8]) {
    let dir = scratch + "/rules"
    if !FileManager.default.fileExists(atPath: dir) {
        try! FileManager.default.copyItem(atPath: root + "/Rules/pai", toPath: dir)
        try? FileManager.default.removeItem(atPath: dir + "/pai.tests.yaml")
    }
    let name = ProcessInfo.processInfo.environment["APERTURA_FUZZ_FILE"] ?? "ruleset.yaml"
    _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(bytes))
    let (ruleSet, diagnostics) = RuleSetLoader.load(directory: dir)
    render(diagnostics.items)
    // What `apertura explain` prints of a rule set that loads: the catalogue, whole and for one kind.
    guard let ruleSet, let policy = paiPolicy else { return }
    var sheet = RuleSheet(ruleSet: ruleSet, policy: policy, language: .es)
    _ = RuleCatalogue(sheet).render(asOf: Day("2026-06-30")!)
    sheet.kind = .partido
    _ = RuleCatalogue(sheet).render(asOf: Day("2031-01-01")!)
}

/// The bundled PAI policy, read once: the catalogue of a fuzzed rule set is rendered against it.
let paiPolicy: Policy? = PolicyLoader.load(file: root + "/Policies/pai-inicio.yaml").0

/// Replaces the test file of a copy of Rules/pai (beside a copy of Policies/, which it names) with the input,
/// and runs it as `apertura test` does: reading, the ids it names, and the cases when it is clean.
func fuzzTests(_ bytes: [UInt8]) {
    let dir = scratch + "/Rules/pai"
    if !FileManager.default.fileExists(atPath: dir) {
        try! FileManager.default.createDirectory(atPath: scratch + "/Rules", withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: root + "/Rules/pai", toPath: dir)
        try! FileManager.default.copyItem(atPath: root + "/Policies", toPath: scratch + "/Policies")
    }
    let file = dir + "/pai.tests.yaml"
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
    let run = RuleTestRunner.run(paths: [file])
    render(run.diagnostics)
    _ = RuleTestRenderer.text(run, coverage: true, language: .es)
    _ = RuleTestRenderer.junit(run, language: .en)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    setUp()
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "assessment": fuzzAssessment(bytes)
    case "cel": fuzzCEL(bytes)
    case "regex": fuzzRegex(bytes)
    case "csv": fuzzCSV(bytes)
    case "ruleset": fuzzRuleSet(bytes)
    case "tests": fuzzTests(bytes)
    case "policy":
        fuzzFile(bytes, name: "policy.yaml") { path in
            let (policy, diagnostics) = PolicyLoader.load(file: path)
            render(diagnostics.items)
            _ = policy
        }
    case "mapping":
        fuzzFile(bytes, name: "mapping.yaml") { path in
            let (mapping, diagnostics) = CSVMappingLoader.load(file: path)
            render(diagnostics)
            _ = mapping
        }
    default: fatalError("unknown APERTURA_FUZZ \(target)")
    }
    return 0
}
