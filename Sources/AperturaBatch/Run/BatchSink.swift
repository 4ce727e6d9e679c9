import AperturaModel
import AperturaReports
import AperturaSource
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
    let outputDirectory: String
    let reportExtension: String
    var aggregate: BatchAggregate
    private(set) var written = 0
    /// Where each institution was first evaluated: a second self-assessment of one institution would count
    /// it twice in every aggregate, so it is reported instead.
    private var evaluatedAt = FirstEvaluations()

    init(outputDirectory: String, layout: BatchLayout, table: ResultsTable, perInstitution: PerInstitutionFormat?) throws {
        self.table = table
        self.outputDirectory = outputDirectory
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
            // At the id, where the repeat is to be corrected (a CSV row's id cell).
            let idPlace = SourceLocation(file: r.file, line: r.institution.idRange.start.line, column: r.institution.idRange.start.column)
            let unreported = r.outcomes.count { $0 == .notReported }
            if let first = evaluatedAt.record(r.institution.id, file: r.file, line: idPlace.line, unreported: unreported) {
                try consume(.invalid(.duplicateInstitution(r.institution.id.rawValue, at: idPlace, first: first, unreported: unreported)))
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
                _ = evaluatedAt.record(InstitutionID(id), file: failure.file, line: failure.institutionIDLine ?? failure.line ?? 1, invalid: true)
            }
            for row in table.errorRows(failure) { try errors.write(CSVField.row(row)) }
            aggregate.add(failure)
        }
    }

    /// Publishes the run: `summary` (summary.json) and `report` (report.html) are written beside the tables, all
    /// five are synced, and then they and the reports' folder are renamed into place with interrupts held off, so
    /// that a Ctrl-C leaves the earlier run's outputs or this one's, never some of each. The earlier reports are
    /// removed last, after the new ones are in place.
    func commit(summary: String, report: String) throws {
        let summaryFile = try AtomicFileWriter(path: (outputDirectory as NSString).appendingPathComponent(BatchOutputs.summary))
        try summaryFile.write(summary)
        let reportFile = try AtomicFileWriter(path: (outputDirectory as NSString).appendingPathComponent(BatchOutputs.report))
        try reportFile.write(report)
        let files = [results, errors, warnings, summaryFile, reportFile]
        for file in files { try file.prepare() }
        let aside = try TemporaryFiles.publishing {
            for file in files { try file.commit() }
            return try ReportFolder.swap(reports?.staging, into: reportsDirectory)
        }
        ReportFolder.removeAside(aside)
    }

    func discard() {
        results.discard()
        errors.discard()
        warnings.discard()
        reports?.discard()
    }
}
