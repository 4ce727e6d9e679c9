import AperturaModel
import AperturaSource
import AperturaYAML
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the input files into units of work, in input order, holding at most one file's stream at a
/// time. Small YAML files are whole units (their parsing happens in the workers); large ones are cut
/// into their documents' bytes (parsed by the workers), or, when they cannot be cut with certainty,
/// parsed here one document at a time; CSV tables are read row by row.
struct BatchUnitProducer: IteratorProtocol {
    /// Files larger than this are handed out document by document.
    static let streamThreshold = 1 << 20

    let files: [BatchInputFile]
    /// The paths discovery could not gather, handed out between the files, where they stand in input order.
    let failures: [DiscoveredInputs.Failure]
    var failureIndex = 0
    let mapping: CSVMapping?
    let ruleSet: RuleSet
    var fileIndex = 0
    /// A large stream cut into documents (`YAMLDocumentSplitter`), each piece read from the file when it is
    /// handed out: the stream is never held whole.
    var cut: (file: String, source: FileChunks, pieces: [YAMLDocumentSplitter.Piece], next: Int)?
    /// A large stream that cannot be cut, parsed here document by document.
    var stream: YAMLDocumentStream.Iterator?
    var streamFile = ""
    /// The units the stream has given (documents and failures): none means an empty file.
    var streamUnits = 0
    var table: (reader: CSVReader.Iterator, converter: CSVRowConverter)?
    var tableFile = ""
    var tableRows = 0
    /// Files fully handed out so far (for progress).
    private(set) var filesDone = 0

    init(files: [BatchInputFile], failures: [DiscoveredInputs.Failure] = [], mapping: CSVMapping?, ruleSet: RuleSet) {
        self.files = files
        self.failures = failures
        self.mapping = mapping
        self.ruleSet = ruleSet
    }

    mutating func next() -> BatchUnit? {
        while true {
            if let current = cut {
                if current.next < current.pieces.count {
                    let piece = current.pieces[current.next]
                    cut!.next += 1
                    // One document too large is refused from its size alone, not read into memory.
                    let start = SourceLocation(file: current.file, line: piece.firstLine + 1, column: 1)
                    if let tooLarge = YAMLLimits.default.documentTooLarge(size: piece.range.count, at: start) {
                        return .failure(BatchFailure(file: current.file, line: start.line, diagnostics: [tooLarge]))
                    }
                    guard let bytes = current.source.bytes(in: piece.range) else {
                        cut = nil
                        filesDone += 1
                        return .failure(InputFileReader.unreadable(current.file))
                    }
                    return .piece(file: current.file, bytes: bytes, firstLine: piece.firstLine)
                }
                cut = nil
                filesDone += 1
                continue
            }
            if stream != nil {
                if let item = stream!.next() {
                    let errors = item.diagnostics.filter(\.isError)
                    if let document = item.document, errors.isEmpty {
                        streamUnits += 1
                        return .document(document)
                    }
                    if !errors.isEmpty {
                        // A document with an error (a duplicate key) or the error that ends the stream
                        // (one too large, say): the file is accounted for, and not also as empty.
                        streamUnits += 1
                        return .failure(BatchFailure(file: streamFile, line: errors[0].range?.start.line, diagnostics: errors))
                    }
                    continue
                }
                stream = nil
                filesDone += 1
                if streamUnits == 0 { return .failure(BatchFailure.emptyFile(streamFile)) }
                continue
            }
            if table != nil {
                if let item = table!.reader.next() {
                    switch item {
                    case .record(let record):
                        // A blank line, or a row of empty cells (spreadsheets export them below the data): no institution.
                        if record.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
                        tableRows += 1
                        if let error = table!.converter.fieldCountError(record) {
                            return .failure(BatchFailure(file: tableFile, line: record.line, diagnostics: [error]))
                        }
                        return .row(table!.converter.document(for: record), record, table!.converter)
                    case .failure(let diagnostic):
                        tableRows += 1  // the error that ends the table (and accounts for its rest, counted in `unreadLines`)
                        return .failure(BatchFailure(file: diagnostic.range?.file ?? "", line: diagnostic.range?.start.line, diagnostics: [diagnostic],
                                                     unreadLines: table!.reader.unread?.count ?? 0))
                    case .undecodable(let diagnostic, let field):
                        tableRows += 1  // a row that cannot be read
                        let named = table!.converter.namingUndecodable(diagnostic, column: field)
                        return .failure(BatchFailure(file: tableFile, line: diagnostic.range?.start.line, diagnostics: [named]))
                    }
                }
                table = nil
                filesDone += 1
                if tableRows == 0 { return .failure(BatchFailure.emptyFile(tableFile)) }
                continue
            }
            if failureIndex < failures.count, failures[failureIndex].before <= fileIndex {
                failureIndex += 1
                return .failure(failures[failureIndex - 1].failure)
            }
            guard fileIndex < files.count else { return nil }
            let file = files[fileIndex]
            fileIndex += 1
            switch file.kind {
            case .yaml:
                let size = SystemPath.status(file.path).map { Int($0.st_size) } ?? 0
                if size <= Self.streamThreshold {
                    filesDone += 1
                    return .file(file.path)
                }
                // Cut into documents as it is read, a chunk at a time; the workers parse the pieces side by
                // side, each on its own. A stream that cannot be cut with certainty is read whole and parsed
                // here, one document at a time.
                switch Self.cut(file.path) {
                case .failure(let failure):
                    filesDone += 1
                    return .failure(failure)
                case .success(let (source, pieces)?):
                    cut = (file.path, source, pieces, 0)
                case .success(nil) where size > InputFileReader.maximumWholeBytes:
                    filesDone += 1
                    return .failure(InputFileReader.uncuttable(file.path))
                case .success(nil):
                    switch InputFileReader.bytes(atPath: file.path) {
                    case .failure(let failure):
                        filesDone += 1
                        return .failure(failure)
                    case .success(let bytes):
                        stream = YAMLDocumentStream(bytes: bytes, file: file.path).makeIterator()
                        streamFile = file.path
                        streamUnits = 0
                    }
                }
            case .csv:
                if let failure = openTable(file.path) {
                    filesDone += 1
                    return .failure(failure)
                }
            }
        }
    }

    /// The documents of a large YAML stream, found reading it a chunk at a time; nil when it cannot be cut.
    static func cut(_ path: String) -> Result<(FileChunks, [YAMLDocumentSplitter.Piece])?, BatchFailure> {
        guard let source = FileChunks(path: path) else { return .failure(InputFileReader.unreadable(path)) }
        var scanner = YAMLDocumentSplitter.Scanner()
        var chunk: [UInt8] = []
        while source.append(to: &chunk) {
            guard scanner.feed(chunk) else { return .success(nil) }
            chunk.removeAll(keepingCapacity: true)
        }
        if source.failed { return .failure(InputFileReader.unreadable(path)) }
        return .success(scanner.finish().map { (source, $0) })
    }

    /// Opens a CSV table: nil on success (rows follow), or the failure that stops the whole file.
    mutating func openTable(_ path: String) -> BatchFailure? {
        let at = SourceRange(at: SourceLocation(file: path, line: 1, column: 1))
        guard let mapping else {
            return BatchFailure(file: path, line: 1, diagnostics: [
                .error("missing_mapping", LocalizedText(es: "una tabla CSV necesita un archivo de mapeo de columnas (--mapping)",
                                                        en: "a CSV table needs a column-mapping file (--mapping)"), at: at),
            ])
        }
        // Read a chunk at a time: a table of any length holds only the row being read in memory.
        guard var reader = CSVReader.records(atPath: path, delimiter: mapping.delimiter, encoding: mapping.encoding) else { return InputFileReader.unreadable(path) }
        guard let first = reader.next() else { return BatchFailure.emptyFile(path) }
        guard case .record(let header) = first else {
            if case .failure(let diagnostic) = first {
                return BatchFailure(file: path, line: 1, diagnostics: [diagnostic], unreadLines: reader.unread?.count ?? 0)
            }
            if case .undecodable(let diagnostic, let field) = first {
                return BatchFailure(file: path, line: 1, diagnostics: [CSVRowConverter.namingHeader(diagnostic, column: field)])
            }
            return BatchFailure.emptyFile(path)
        }
        let (converter, diagnostics) = CSVRowConverter.make(mapping: mapping, header: header, ruleSet: ruleSet, file: path)
        guard let converter else {
            let placed = diagnostics.map { d -> Diagnostic in
                var d = d
                if d.range == nil { d.range = at }
                return d
            }
            return BatchFailure(file: path, line: 1, diagnostics: placed)
        }
        table = (reader, converter)
        tableFile = path
        tableRows = 0
        return nil
    }
}
