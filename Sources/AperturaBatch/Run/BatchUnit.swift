import AperturaYAML

/// A piece of work for one worker: a whole (small) YAML file, the bytes of one document cut out of a large
/// stream (with the line it starts on), a document already parsed off a stream or built from a CSV row, or a
/// failure found while reading (which goes straight to the output).
enum BatchUnit: Sendable {
    case file(String)
    case piece(file: String, bytes: [UInt8], firstLine: Int)
    case document(YAMLDocument)
    /// A CSV row's document, with the row and its table's converter, which names the column of what is said of a cell.
    case row(YAMLDocument, CSVRecord, CSVRowConverter)
    case failure(BatchFailure)
}
