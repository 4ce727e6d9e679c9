import AperturaSource

/// The documents of a multi-document stream, built one at a time as the caller iterates, so a batch
/// of many thousands of documents never holds more than one tree.
///
/// The input bytes are held whole (libyaml reads from memory), but each tree is released as soon as
/// the caller drops it. Sizes are checked per document against `limits.maxDocumentBytes`, and the
/// alias budget covers the whole stream. After a fatal error (syntax error, a limit, bad encoding)
/// the stream yields one item holding the error and no document, then ends.
///
/// ```swift
/// for item in YAMLDocumentStream(bytes: bytes, file: "lote.yaml") {
///     guard let document = item.document else { report(item.diagnostics); break }
///     ...
/// }
/// ```
public struct YAMLDocumentStream: Sequence, Sendable {
    public let bytes: [UInt8]
    public let file: String
    public let limits: YAMLLimits
    /// The 0-based line of the file on which `bytes` start: not 0 for one document cut out of a stream
    /// (`YAMLDocumentSplitter`); every location is still the file's.
    public let firstLine: Int

    public init(bytes: [UInt8], file: String, limits: YAMLLimits = .default, firstLine: Int = 0) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        self.firstLine = firstLine
    }

    /// A stream over the file at `path`; an unreadable file yields one `file_unreadable` item.
    /// The file size itself is not limited: each document is.
    public init(contentsOfFile path: String, limits: YAMLLimits = .default) {
        switch YAMLFileReader.read(atPath: path, limit: nil) {
        case .success(let bytes):
            self.init(bytes: bytes, file: path, limits: limits)
            readFailure = nil
        case .failure(let error):
            self.init(bytes: [], file: path, limits: limits)
            readFailure = error.diagnostic
        }
    }

    private var readFailure: Diagnostic?

    public func makeIterator() -> Iterator {
        Iterator(stream: self)
    }

    /// Parses lazily: each `next()` reads libyaml events up to the end of one document.
    public struct Iterator: IteratorProtocol {
        private let composer: YAMLComposer?
        private var pendingFailure: Diagnostic?

        init(stream: YAMLDocumentStream) {
            if let failure = stream.readFailure {
                composer = nil
                pendingFailure = failure
            } else {
                composer = YAMLComposer(bytes: stream.bytes, file: stream.file, limits: stream.limits, checkWholeSize: false,
                                        firstLine: stream.firstLine)
            }
        }

        public mutating func next() -> YAMLStreamItem? {
            if let failure = pendingFailure {
                pendingFailure = nil
                return YAMLStreamItem(document: nil, diagnostics: [failure])
            }
            return composer?.next()
        }
    }
}
