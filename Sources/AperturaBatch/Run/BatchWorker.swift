import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaReports
import AperturaSource
import AperturaYAML

/// Reads, validates and evaluates one unit of work. Pure apart from reading the file it is given,
/// so any number of workers can run side by side. A class: handed to every unit of work, a struct
/// would be copied with the dozens of references its evaluator holds.
final class BatchWorker: Sendable {
    let evaluator: Evaluator
    let fastReader: AssessmentFastReader
    let asOf: Day
    let layout: BatchLayout
    let language: Language
    let perInstitution: PerInstitutionFormat?
    /// The mapping's delimiter, when there is a mapping: a table piped in is read as YAML (standard input has no
    /// name to say it is a table), and its header line is then recognised to say so.
    let tableDelimiter: UInt8?
    /// The bundle folder, which the per-institution reports name bundled rules relative to, as `evaluate` does.
    let bundle = Workspace.bundleFolder()

    init(evaluator: Evaluator, asOf: Day, layout: BatchLayout, language: Language, perInstitution: PerInstitutionFormat?, tableDelimiter: UInt8? = nil) {
        self.evaluator = evaluator
        fastReader = AssessmentFastReader(ruleSet: evaluator.compiled.ruleSet)
        self.asOf = asOf
        self.layout = layout
        self.language = language
        self.perInstitution = perInstitution
        self.tableDelimiter = tableDelimiter
    }

    /// A worker for another job, with its own evaluator loaded again from the same files, so that no
    /// two jobs count references to the same objects and strings (cores then fight over those counts:
    /// two jobs sharing one evaluator spent 11-29 % more CPU time than one job, against 3-7 % apart).
    /// Should the files have changed since, the copy would judge differently: this worker is shared instead.
    func separateCopy(rules: String, policy: String) -> BatchWorker {
        guard let own = Workspace.load(rules: rules, policy: policy).0,
            own.compiled.ruleSet == evaluator.compiled.ruleSet, own.policy == evaluator.policy
        else { return self }
        return BatchWorker(evaluator: own, asOf: asOf, layout: BatchLayout(evaluator: own),
                           language: language, perInstitution: perInstitution, tableDelimiter: tableDelimiter)
    }

    func process(_ unit: BatchUnit) -> [UnitResult] {
        switch unit {
        case .failure(let failure):
            return [.invalid(failure)]
        case .document(let document):
            return [evaluate(document, file: document.file)]
        case .row(let document, let record, let converter):
            return [converter.naming(evaluate(document, file: document.file, row: (converter, record)), record: record)]
        case .file(let path):
            let bytes: [UInt8]
            switch InputFileReader.bytes(atPath: path) {
            case .success(let read): bytes = read
            case .failure(let failure): return [.invalid(failure)]
            }
            // Most files are well formed: read straight from the events.
            if let assessments = fastReader.read(bytes, file: path) {
                return assessments.map { evaluate($0, line: $0.range.startLine) }
            }
            // A stream with a problem: each document on its own, so that an error in one (even one that
            // stops the YAML parser) leaves the others to be read.
            let results = YAMLDocumentSplitter.split(bytes).map { pieces in
                pieces.flatMap { piece in
                    read(Array(bytes[piece.range]), file: path, firstLine: piece.firstLine).map { pieces.count > 1 ? StreamEnd.documentEnd($0) : $0 }
                }
            } ?? StreamEnd.unreadRest(fullRead(bytes, file: path, firstLine: 0), bytes: bytes, firstLine: 0)
            return results.isEmpty ? [.invalid(BatchFailure.emptyFile(path))] : withPipedTableHelp(results, bytes: bytes, file: path)
        case .piece(let path, let bytes, let firstLine):
            return read(bytes, file: path, firstLine: firstLine).map(StreamEnd.documentEnd)
        }
    }

    /// A file or a piece of one: through the fast reader when it accepts it, else through the full loader,
    /// which says what is wrong.
    func read(_ bytes: [UInt8], file: String, firstLine: Int) -> [UnitResult] {
        if let assessments = fastReader.read(bytes, file: file, firstLine: firstLine) {
            return assessments.map { evaluate($0, line: $0.range.startLine) }
        }
        return fullRead(bytes, file: file, firstLine: firstLine)
    }

    /// Item by item, so each document keeps its own diagnostics: a document with an error (a duplicate
    /// key, say) is one invalid input and is not evaluated.
    func fullRead(_ bytes: [UInt8], file: String, firstLine: Int) -> [UnitResult] {
        var results: [UnitResult] = []
        for item in YAMLDocumentStream(bytes: bytes, file: file, firstLine: firstLine) {
            if let result = self.result(of: item, file: file) { results.append(result) }
        }
        return results
    }

    /// One item of a stream: its document evaluated, or its errors; nil for an item with neither.
    func result(of item: YAMLStreamItem, file: String) -> UnitResult? {
        let errors = item.diagnostics.filter(\.isError)
        if let document = item.document, errors.isEmpty { return evaluate(document, file: file) }
        guard !errors.isEmpty else { return nil }
        return .invalid(BatchFailure(file: file, line: errors[0].range?.start.line, diagnostics: errors))
    }

    /// `row`: the table row the document was made of, whose warnings name its columns.
    func evaluate(_ document: YAMLDocument, file: String, row: (converter: CSVRowConverter, record: CSVRecord)? = nil) -> UnitResult {
        let line = document.root?.range.start.line ?? document.range.start.line
        let context = LoadContext()
        guard let assessment = AssessmentLoader.read(document, file: file, ruleSet: evaluator.compiled.ruleSet, context) else {
            var errors = context.diagnostics.sorted.filter(\.isError)
            // Past the cap the errors are counted, not kept: a row of its own at the end says how many more there are,
            // as validate does, so that errors.csv does not look like the whole list (the rows stay within the cap).
            var omitted = context.diagnostics.errorCount - errors.count
            if omitted > 0, errors.popLast() != nil {
                omitted += 1
                errors.append(.error("errors_not_shown",
                                     LocalizedText(es: "y \(CountText.of(omitted, "error más de esta entrada no se muestra", "errores más de esta entrada no se muestran"))",
                                                   en: "and \(CountText.of(omitted, "more error of this input is not shown", "more errors of this input are not shown"))"),
                                     at: errors.last?.range.map { SourceRange(at: $0.start) }))
            }
            if errors.isEmpty {
                errors = [.error("invalid_input", LocalizedText(es: "la autoevaluación no se pudo leer", en: "the self-assessment could not be read"),
                                 at: SourceRange(at: SourceLocation(file: file, line: line, column: 1)))]
            }
            if let tableHelp = pipedTableHelp(document, file: file), errors.first?.code == "type_mismatch" { errors[0].help = tableHelp }
            let id = Self.institutionID(in: document, errors: errors)
            return .invalid(BatchFailure(file: file, line: line, diagnostics: errors, institutionID: id?.id, institutionIDLine: id?.line))
        }
        let warnings = context.diagnostics.sorted.filter { $0.severity == .warning }
        let outcome = evaluate(assessment, line: line, row: row, answerWarnings: warnings)
        guard case .evaluated(var result) = outcome else { return outcome }
        result.warnings = warnings + result.warnings
        return .evaluated(result)
    }

    /// `answerWarnings`: what loading the self-assessment warned of, which its per-institution report repeats.
    func evaluate(_ assessment: Assessment, line: Int, row: (converter: CSVRowConverter, record: CSVRecord)? = nil,
                  answerWarnings: [Diagnostic] = []) -> UnitResult {
        let file = assessment.file
        do throws(Evaluator.Failure) {
            // The results need no reads; the per-institution reports show them.
            let evaluation = try evaluator.evaluate(assessment, asOf: asOf, detail: perInstitution == nil ? .withoutReads : .full)
            var report: String?
            if let perInstitution {
                let built = ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: language, bundle: bundle)
                    .build(evaluation, answerWarnings: answerWarnings)
                report = switch perInstitution {
                case .json: JSONReportRenderer.render(built)
                case .markdown: MarkdownReportRenderer(language: language).render(built, view: .all)
                case .html: HTMLReportRenderer(language: language).render(built, view: .all)
                }
            }
            var result = layout.result(of: evaluation, line: line, report: report)
            if let warning = PeriodAfterAsOf.of(assessment, asOf: asOf) { result.warnings.append(warning) }
            if let warning = PeriodBeforePhase.of(assessment, asOf: asOf, policy: evaluator.policy, ruleSet: evaluator.compiled.ruleSet) {
                result.warnings.append(warning)
            }
            if let warning = unreportedWarning(evaluation, in: assessment, row: row) { result.warnings.append(warning) }
            return .evaluated(result)
        } catch {
            return .invalid(BatchFailure(file: file, line: line, diagnostics: [BatchFailure.noPhase(error)],
                                         institutionID: assessment.institution.id.rawValue,
                                         institutionIDLine: assessment.institution.idRange.start.line))
        }
    }

    /// The `not_scored` or `not_reported` warning of an evaluation with rules not reported, said of a table row in
    /// the table's terms; nil when every rule was judged.
    func unreportedWarning(_ evaluation: Evaluation, in assessment: Assessment, row: (converter: CSVRowConverter, record: CSVRecord)?) -> Diagnostic? {
        guard let row else { return NotScoredWarning.of(evaluation, in: assessment) }
        guard let gaps = NotScoredWarning.gaps(of: evaluation) else { return nil }
        return row.converter.unreportedWarning(gaps, record: row.record) {
            // Judged over the calendar again: only for a row none of whose missing answers has a column.
            let found = evaluator.calendarFindings(in: assessment, phase: evaluation.phase.phase).alternatives
            var seen: Set<String> = []
            return gaps.rules.flatMap { rule in found.first { $0.key.rawValue == rule }?.value ?? [] }.filter { seen.insert($0).inserted }
        }
    }

    /// The institution id of a document that could not be read, and its line, when it is there as text and no error
    /// is at it: the input still counts as that institution's first appearance.
    static func institutionID(in document: YAMLDocument, errors: [Diagnostic]) -> (id: String, line: Int)? {
        guard let node = document.root?["institution"]?["id"], let id = node.scalar?.value, !id.trimmed.isEmpty,
              !errors.contains(where: { $0.range?.start == node.range.start })
        else { return nil }
        return (id, node.range.start.line)
    }
}
