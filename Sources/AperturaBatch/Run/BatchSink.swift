import AperturaModel
import AperturaReports
import Foundation

/// Takes results in input order: writes their rows as they come, feeds the aggregates, writes the
/// per-institution reports, and forgets them.
final class BatchSink {
    let table: ResultsTable
    let results: AtomicFileWriter
    let errors: AtomicFileWriter
    let institutionsDirectory: String?
    /// Where earlier runs' reports may be, whether or not this run writes any.
    let reportsDirectory: String
    /// The names of the reports this run wrote: any other report there is an earlier run's.
    private var reportNames = Set<String>()
    let reportExtension: String
    var aggregate: BatchAggregate
    private(set) var written = 0
    /// Where each institution was first evaluated: a second self-assessment of one institution would count
    /// it twice in every aggregate, so it is reported instead.
    private var evaluatedAt: [InstitutionID: (file: String, line: Int)] = [:]

    init(outputDirectory: String, layout: BatchLayout, table: ResultsTable, perInstitution: PerInstitutionFormat?) throws {
        self.table = table
        aggregate = BatchAggregate(layout: layout)
        results = try AtomicFileWriter(path: (outputDirectory as NSString).appendingPathComponent(BatchOutputs.results))
        errors = try AtomicFileWriter(path: (outputDirectory as NSString).appendingPathComponent(BatchOutputs.errors))
        let reports = (outputDirectory as NSString).appendingPathComponent(BatchOutputs.institutions)
        reportsDirectory = reports
        institutionsDirectory = perInstitution == nil ? nil : reports
        reportExtension = perInstitution?.fileExtension ?? ""
        try results.write(CSVField.row(table.header))
        try errors.write(CSVField.row(ResultsTable.errorHeader))
    }

    func consume(_ result: UnitResult) throws {
        switch result {
        case .evaluated(let r):
            if let first = evaluatedAt[r.institution.id] {
                try consume(.invalid(.duplicateInstitution(r.institution.id.rawValue, file: r.file, line: r.line, first: first)))
                return
            }
            evaluatedAt[r.institution.id] = (r.file, r.line)
            written += 1
            try results.write(table.line(r))
            aggregate.add(r)
            if let directory = institutionsDirectory, let report = r.report {
                let name = String(format: "%06d", written) + "-" + BatchOutputs.fileSlug(r.institution.id.rawValue) + "." + reportExtension
                // Renamed into place like every output; not synced one by one (thousands of small files).
                try AtomicFileWriter.write(report, to: (directory as NSString).appendingPathComponent(name), sync: false)
                reportNames.insert(name)
            }
        case .invalid(let failure):
            for row in table.errorRows(failure) { try errors.write(CSVField.row(row)) }
            aggregate.add(failure)
        }
    }

    func commit() throws {
        try results.commit()
        try errors.commit()
        StaleReports.remove(in: reportsDirectory, keeping: reportNames)
    }

    func discard() {
        results.discard()
        errors.discard()
    }
}
