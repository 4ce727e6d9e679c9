import AperturaSource
import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaReports
import Foundation

/// Runs a batch: loads the rule set and policy once, streams the inputs through a bounded window of
/// parallel work, and writes the outputs. Results leave the window in input order, so every output is
/// byte-for-byte the same whatever `jobs` is, and memory depends on the window, not on the inputs.
public enum BatchRunner {
    /// Units per window and job: large enough to keep every core busy, small enough to bound memory.
    static let unitsPerJob = 128

    /// The bundled rule set the first YAML inputs name. One that names none (`rule_set: PAI`, a typo) is one
    /// invalid input, not the rule set of the whole run: the first that names a bundled one decides (of the
    /// first hundred; past them, and when none does, the PAI default, and the inputs are told their mismatch).
    static func bundledRuleSet(namedIn files: [BatchInputFile]) -> String? {
        for file in files.lazy.filter({ $0.kind == .yaml }).prefix(100) {
            // A pipe is read once, when its turn comes among the inputs: not here, ahead of it.
            guard let info = SystemPath.status(file.path), info.st_mode & S_IFMT == S_IFREG,
                  let id = Workspace.ruleSetID(of: file.path) else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: Workspace.bundled("Rules/\(id)"), isDirectory: &isDirectory), isDirectory.boolValue { return id }
        }
        return nil
    }

    /// The errors of the columns `mapping` names that the headers of the tables among `files` lack (or hold twice), for
    /// a run that a mistake in the mapping stops before any table is read. Only regular files: a pipe is read once,
    /// when its turn comes among the inputs. A header that cannot be read is passed over (the run will say why).
    static func columnErrors(of mapping: CSVMapping, tables files: [BatchInputFile], ruleSet: RuleSet) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        for file in files where file.kind == .csv {
            guard let info = SystemPath.status(file.path), info.st_mode & S_IFMT == S_IFREG,
                  var reader = CSVReader.records(atPath: file.path, delimiter: mapping.delimiter, encoding: mapping.encoding),
                  case .record(let header)? = reader.next() else { continue }
            errors += CSVRowConverter.columnErrors(mapping: mapping, header: header, ruleSet: ruleSet, file: file.path)
        }
        return errors
    }

    public static func run(_ options: BatchOptions, progress: (@Sendable (BatchProgress) -> Void)? = nil) throws -> BatchRunResult {
        var setup: [Diagnostic] = []
        var mapping: CSVMapping?
        // A mapping with mistakes stops the run, but only once what it names has been checked too (its fields against
        // the form, its columns against the tables' headers): every mistake is said at once, not one run per mistake.
        var brokenMapping: CSVMappingLoader.Loaded?
        if let path = options.mapping {
            let loaded = CSVMappingLoader.read(file: path)
            setup += loaded.diagnostics
            guard let read = loaded.mapping, !loaded.hasErrors || (loaded.declaresMapping && (loaded.ruleSetKnown || options.rules != nil)) else {
                return BatchRunResult(setupDiagnostics: setup, summary: nil)
            }
            mapping = read
            if loaded.hasErrors { brokenMapping = loaded }
        }
        // An output folder inside an input folder is skipped when searching it; one that is an input itself
        // would leave nothing to read.
        let output = InputDiscovery.canonical(options.outputDirectory)
        if let clash = options.inputs.first(where: { InputDiscovery.canonical($0) == output }) {
            return BatchRunResult(setupDiagnostics: setup + [
                .error("output_is_input", LocalizedText(es: "«\(clash)» es a la vez entrada y carpeta de salida: elija otra carpeta para --output",
                                                        en: "'\(clash)' is both an input and the output folder: choose another folder for --output"),
                       at: nil),
            ], summary: nil)
        }
        let discovered = InputDiscovery.expand(options.inputs, excluding: options.outputDirectory)
        let files = discovered.files
        // Folders with nothing to read are most likely the wrong folders: said so, and the outputs of an
        // earlier run are left as they were rather than replaced by empty ones.
        if files.isEmpty && discovered.failures.isEmpty {
            let listed = options.inputs.map { "«\($0)»" }.joined(separator: ", ")
            return BatchRunResult(setupDiagnostics: setup + [
                .error("no_inputs", LocalizedText(es: "no hay ninguna entrada (archivos .yaml, .yml o .csv) en \(listed)",
                                                  en: "there is no input (.yaml, .yml or .csv files) in \(listed)"), at: nil),
            ], summary: nil)
        }
        // The rule set the mapping or the inputs name, when --rules does not say. With --rules, the policy is the one
        // for the rule set its folder declares (not the folder's name): inputs for another rule set are then the
        // errors, not a policy the user never named.
        let ruleSetID = options.rules == nil ? mapping?.ruleSet ?? bundledRuleSet(namedIn: files) : nil
        let rules = options.rules ?? Workspace.bundled("Rules/\(ruleSetID ?? "pai")")
        let policy: String
        do { policy = try Workspace.policyFile(forRules: rules, ruleSetID: ruleSetID, override: options.policy) } catch {
            return BatchRunResult(setupDiagnostics: setup + [error.diagnostic], summary: nil)
        }
        let (loaded, diagnostics) = Workspace.load(rules: rules, policy: policy)
        setup += diagnostics
        guard let evaluator = loaded else { return BatchRunResult(setupDiagnostics: setup, summary: nil) }
        // A mapping for another rule set would make every row of every table invalid: said once, before any input.
        if let mismatch = mapping?.ruleSetMismatch(evaluator.compiled.ruleSet.info.id) {
            return BatchRunResult(setupDiagnostics: setup + [mismatch], summary: nil)
        }
        // So would a field its form does not have: the mapping's fields are known before any input is read.
        if let mapping {
            let fieldErrors = mapping.fieldErrors(in: evaluator.compiled.ruleSet)
            if !fieldErrors.isEmpty || brokenMapping != nil {
                // The run stops: the columns the tables' headers lack are said now too, rather than after the next run
                // (not when the delimiter or encoding is in error: the header would be misread).
                let columnErrors = brokenMapping?.tableShapeKnown == false ? []
                    : Self.columnErrors(of: mapping, tables: files, ruleSet: evaluator.compiled.ruleSet)
                return BatchRunResult(setupDiagnostics: setup + fieldErrors + columnErrors, summary: nil)
            }
        }
        guard let phase = evaluator.policy.phase(on: options.asOf) else {
            let failure = Evaluator.Failure.outOfCalendar(options.asOf, policy: evaluator.policy, ruleSet: evaluator.compiled.ruleSet)
            return BatchRunResult(setupDiagnostics: setup + [BatchFailure.noPhase(failure)], summary: nil)
        }
        let ruleSet = evaluator.compiled.ruleSet
        let layout = BatchLayout(evaluator: evaluator)
        let table = ResultsTable(layout: layout, language: options.language)
        let jobs = max(1, options.jobs)
        let worker = BatchWorker(evaluator: evaluator, asOf: options.asOf, layout: layout, language: options.language,
                                 perInstitution: options.perInstitution, tableDelimiter: mapping?.delimiter)
        // The other jobs' copies are loaded side by side: on a machine of many cores, one after another
        // they would add a noticeable wait before the first institution.
        let workers = [worker] + ParallelMap.map(Array(1..<jobs), workers: Array(repeating: worker, count: jobs - 1)) { worker, _ in
            worker.separateCopy(rules: rules, policy: policy)
        }
        let sink = try BatchSink(outputDirectory: options.outputDirectory, layout: layout, table: table, perInstitution: options.perInstitution)
        do {
            var producer = BatchUnitProducer(files: files, failures: discovered.failures, mapping: mapping, ruleSet: ruleSet)
            let window = jobs * unitsPerJob
            var pending: [BatchUnit] = []
            pending.reserveCapacity(window)
            // With several jobs, the workers take on the next window while this thread writes the results
            // of the one before: writing is then no longer time the workers wait.
            var inFlight: ParallelMap.Pending<[UnitResult]>?
            defer { _ = inFlight?.wait() }
            func consume(_ window: ParallelMap.Pending<[UnitResult]>) throws {
                for results in window.wait() { for result in results { try sink.consume(result) } }
                progress?(BatchProgress(filesDone: producer.filesDone, filesTotal: files.count,
                                        evaluated: sink.aggregate.evaluated, invalid: sink.aggregate.invalid))
            }
            func flush() throws {
                let started = ParallelMap.start(pending, workers: workers) { worker, unit in worker.process(unit) }
                pending.removeAll(keepingCapacity: true)
                if let previous = inFlight { try consume(previous) }
                inFlight = started
            }
            while let unit = producer.next() {
                pending.append(unit)
                if pending.count == window { try flush() }
            }
            try flush()
            if let last = inFlight { try consume(last) }
            inFlight = nil
            let builder = SummaryBuilder(ruleSet: ruleSet, policy: evaluator.policy, phase: phase, asOf: options.asOf,
                                         language: options.language)
            let summary = builder.build(sink.aggregate)
            try sink.commit(summary: SummaryJSON.render(summary),
                            report: BatchHTMLRenderer(language: options.language, untranslatedNames: builder.untranslatedNames,
                                                      errorExamples: sink.aggregate.errorExamples,
                                                      scoreIsWeightedRules: evaluator.policy.scoring.model == .weightedRules).render(summary))
            return BatchRunResult(setupDiagnostics: setup, summary: summary)
        } catch {
            sink.discard()
            throw error
        }
    }
}
