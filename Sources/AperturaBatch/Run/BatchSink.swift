import AperturaModel
import AperturaReports
import Foundation

/// Takes results in input order: writes their rows as they come, feeds the aggregates, writes the
/// per-institution reports, and forgets them.
final class BatchSink {
    let table: ResultsTable
    let results: AtomicFileWriter
    let errors: AtomicFileWriter
    let warnings: AtomicFileWriter
    /// The per-institution reports, when asked for.
    let reports: ReportFolder?
    /// Where earlier runs' reports may be: without reports of its own, a run removes them at commit.
    let reportsDirectory: String
    let reportExtension: String
    var aggregate: BatchAggregate
    private(set) var written = 0
    /// Where each institution was first evaluated: a second self-assessment of one institution would count
    /// it twice in every aggregate, so it is reported instead.
    private var evaluatedAt = FirstEvaluations()

    init(outputDirectory: String, layout: BatchLayout, table: ResultsTable, perInstitution: PerInstitutionFormat?) throws {
        self.table = table
        aggregate = BatchAggregate(layout: layout)
        results = try AtomicFileWriter(path: (outputDirectory as NSString).appendingPathComponent(BatchOutputs.results))
        errors = try AtomicFileWriter(path: (outputDirectory as NSString).appendingPathComponent(BatchOutputs.errors))
        warnings = try AtomicFileWriter(path: (outputDirectory as NSString).appendingPathComponent(BatchOutputs.warnings))
        reportsDirectory = (outputDirectory as NSString).appendingPathComponent(BatchOutputs.institutions)
        reports = try perInstitution.map { _ in try ReportFolder(outputDirectory: outputDirectory) }
        reportExtension = perInstitution?.fileExtension ?? ""
        try results.write(CSVField.byteOrderMark + CSVField.row(table.header))
        try errors.write(CSVField.byteOrderMark + CSVField.row(ResultsTable.errorHeader))
        try warnings.write(CSVField.byteOrderMark + CSVField.row(ResultsTable.errorHeader))
    }

    func consume(_ result: UnitResult) throws {
        switch result {
        case .evaluated(let r):
            if let first = evaluatedAt.record(r.institution.id, file: r.file, line: r.line) {
                try consume(.invalid(.duplicateInstitution(r.institution.id.rawValue, file: r.file, line: r.line, first: first)))
                return
            }
            written += 1
            try results.write(table.line(r))
            for row in table.warningRows(r) { try warnings.write(CSVField.row(row)) }
            aggregate.add(r)
            if let reports, let report = r.report {
                try reports.write(report, named: String(format: "%06d", written) + "-" + BatchOutputs.fileSlug(r.institution.id.rawValue) + "." + reportExtension)
            }
        case .invalid(let failure):
            // An invalid input whose id could be read is that institution's first appearance: a later one is the repeat.
            if let id = failure.institutionID {
                _ = evaluatedAt.record(InstitutionID(id), file: failure.file, line: failure.line ?? 1, invalid: true)
            }
            for row in table.errorRows(failure) { try errors.write(CSVField.row(row)) }
            aggregate.add(failure)
        }
    }

    func commit() throws {
        try results.commit()
        try errors.commit()
        try warnings.commit()
        if let reports {
            try reports.commit()
        } else {
            StaleReports.remove(in: reportsDirectory, keeping: [])
        }
    }

    func discard() {
        results.discard()
        errors.discard()
        warnings.discard()
        reports?.discard()
    }
}
