public import AperturaSource

/// Reads an RFC 4180 table one record at a time: quoted fields may hold the delimiter, line breaks
/// and doubled quotes; records end with CRLF, LF or a lone CR (old Mac tables), and every such break
/// counts as a line, inside quotes too, where it is read as LF. A field with bytes that are not UTF-8 makes its record an error,
/// placed at the first such byte and naming the field (so that the batch can name its column), and the table goes on (the delimiters, quotes and line breaks that shape it are ASCII, so the next
/// records are where they seem); a quote left open, or text after a closing quote, ends the table with
/// an error.
public struct CSVReader: Sequence, Sendable {
    public let bytes: [UInt8]
    public let file: String
    public let delimiter: UInt8
    public let encoding: CSVEncoding

    public init(bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ","), encoding: CSVEncoding = .utf8) {
        self.bytes = bytes
        self.file = file
        self.delimiter = delimiter
        self.encoding = encoding
    }

    /// A record, or the error of one record or the one that ends the table.
    public enum Item: Sendable, Hashable {
        case record(CSVRecord)
        case failure(Diagnostic)
        /// A record not read because field `field` (0-based) is not text in the table's encoding: the error, at the
        /// first byte that is not, and the field, for what is said of it to name its column. The table goes on.
        case undecodable(Diagnostic, field: Int)
    }

    public func makeIterator() -> Iterator { Iterator(bytes: bytes, chunks: nil, file: file, delimiter: delimiter, encoding: encoding) }

    /// The records of the table at `path`, read a chunk at a time: memory holds the record being read,
    /// never the whole table. Nil when the file cannot be opened (errno says why).
    public static func records(atPath path: String, delimiter: UInt8 = UInt8(ascii: ","), encoding: CSVEncoding = .utf8) -> Iterator? {
        guard let chunks = FileChunks(path: path) else { return nil }
        return Iterator(bytes: [], chunks: chunks, file: path, delimiter: delimiter, encoding: encoding)
    }

    public struct Iterator: IteratorProtocol {
        /// The bytes read and not yet dropped: from the current record's start (or before) onwards.
        var bytes: [UInt8]
        /// Where more bytes come from; nil when `bytes` is the whole table.
        let chunks: FileChunks?
        let file: String
        let delimiter: UInt8
        let encoding: CSVEncoding
        var position = 0
        var line = 1
        var lineStart = 0
        var finished = false
        /// After an error that ended the table (a quote left open, text after a closing quote, a record over 1 MiB):
        /// the lines with text from the cut record's line to the end, which were not read.
        var unread: UnreadLines?
        /// The table is UTF-16 (Excel's "Unicode text", by its byte order mark): no field of it reads as text in
        /// either encoding. Said once for the whole table, not as a header that is not UTF-8 with the advice to
        /// declare Windows-1252, which would not read it either.
        var utf16: String?
        /// The file is not text at all (the workbook itself, a PDF): said once for the whole table, not as a first
        /// row that is not UTF-8.
        var notText: LocalizedText?

        init(bytes: [UInt8], chunks: FileChunks?, file: String, delimiter: UInt8, encoding: CSVEncoding) {
            self.bytes = bytes
            self.chunks = chunks
            self.file = file
            self.delimiter = delimiter
            self.encoding = encoding
            // A UTF-8 byte order mark is not part of the first field (declared Windows-1252, it tells the
            // table is UTF-8: left in, the header says so).
            if encoding == .utf8 && has(2) && self.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3; lineStart = 3 }
            if has(1) {
                if self.bytes.starts(with: [0xFF, 0xFE]) { utf16 = "UTF-16LE" } else if self.bytes.starts(with: [0xFE, 0xFF]) { utf16 = "UTF-16BE" }
            }
            // By signature only: a stray NUL in a cell is that row's error (`invalid_character`), the other rows are read.
            _ = has(BinaryFormat.longestSignature - 1)
            if let format = BinaryFormat.signature(of: self.bytes) { notText = format }
        }

        /// True when byte `index` is there, reading on as far as needed.
        mutating func has(_ index: Int) -> Bool {
            while index >= bytes.count {
                guard let chunks, chunks.append(to: &bytes) else { return false }
            }
            return true
        }

        /// Drops the bytes of the records already read, once they take more than a chunk.
        mutating func dropReadBytes() {
            guard chunks != nil, position >= FileChunks.chunkSize else { return }
            bytes.removeFirst(position)
            lineStart -= position
            position = 0
        }

        /// A record (one institution's row) larger than this ends the table with an error: rows are a few
        /// hundred bytes, and one without end (a device named as a table, a file of one endless line) would
        /// otherwise fill the memory.
        static let maximumRecordBytes = 1 << 20

        public mutating func next() -> Item? {
            if let notText, !finished {
                finished = true
                return .failure(error("not_text", es: "el archivo no es de texto: parece \(notText.es)",
                                      en: "the file is not text: it looks like \(notText.en ?? notText.es)", line: 1, column: 1,
                                      help: LocalizedText(es: "ábralo en la hoja de cálculo y guárdelo como «CSV UTF-8»",
                                                          en: "open it in the spreadsheet and save it as \"CSV UTF-8\"")))
            }
            if let utf16, !finished {
                finished = true
                return .failure(error("invalid_encoding", es: "la tabla está en \(utf16), que no se lee: se leen UTF-8 y Windows-1252",
                                      en: "the table is in \(utf16), which cannot be read: only UTF-8 and Windows-1252 can", line: 1, column: 1,
                                      help: LocalizedText(es: "guárdela como «CSV UTF-8», no como «Texto Unicode»",
                                                          en: "save it as \"CSV UTF-8\", not as \"Unicode Text\"")))
            }
            dropReadBytes()
            guard !finished, has(position) else {
                if let chunks, chunks.failed, !finished {
                    finished = true
                    return .failure(error("file_unreadable", es: "no se pudo leer la tabla hasta el final", en: "the table could not be read to its end",
                                          line: line, column: position - lineStart + 1))
                }
                return nil
            }
            var fields: [String] = []
            var columns: [Int] = []
            var lines: [Int] = []
            let recordLine = line, recordStart = position, recordColumn = position - lineStart + 1
            var field: [UInt8] = []
            var undecodable: (Diagnostic, field: Int)?
            while true {
                columns.append(position - lineStart + 1)
                lines.append(line)
                let fieldLine = line, fieldStart = position, fieldLineStart = lineStart
                field.removeAll(keepingCapacity: true)
                var ended = false
                if has(position) && bytes[position] == UInt8(ascii: "\"") {
                    position += 1
                    var closed = false
                    while has(position) {
                        if position - recordStart > Self.maximumRecordBytes { return tooLarge(recordLine, recordColumn, from: recordStart) }
                        let b = bytes[position]
                        if b == UInt8(ascii: "\"") {
                            if has(position + 1) && bytes[position + 1] == UInt8(ascii: "\"") {
                                field.append(b)
                                position += 2
                                continue
                            }
                            position += 1
                            closed = true
                            break
                        }
                        // A line break inside quotes is a line, as outside: LF, CRLF (counted at its LF) or a lone CR.
                        // In the cell's text it is LF whatever the table used, as YAML reads a line break in a scalar.
                        if b == UInt8(ascii: "\r") && has(position + 1) && bytes[position + 1] == UInt8(ascii: "\n") {
                            position += 1
                            continue
                        }
                        if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                            line += 1
                            lineStart = position + 1
                            field.append(UInt8(ascii: "\n"))
                        } else {
                            field.append(b)
                        }
                        position += 1
                    }
                    if !closed {
                        finished = true
                        let unread = countUnread(from: recordStart)
                        return .failure(error("csv_unterminated_quote",
                                              es: "comillas sin cerrar: se tragan todas las líneas que siguen; la tabla termina aquí y el resto, desde la línea \(recordLine), no se leyó: \(unread.text.es)",
                                              en: "unterminated quote: it swallows every line after it; the table ends here and the rest, from line \(recordLine) on, was not read: \(unread.text.text(.en))",
                                              line: fieldLine, column: fieldStart - fieldLineStart + 1, help: Self.quoteHelp))
                    }
                    // After the closing quote only a delimiter or the end of the record may follow.
                    if has(position), bytes[position] != delimiter, bytes[position] != UInt8(ascii: "\n"),
                        bytes[position] != UInt8(ascii: "\r") {
                        finished = true
                        let (errorLine, errorColumn) = (line, position - lineStart + 1)
                        let unread = countUnread(from: recordStart)
                        // Most often a quote left open earlier: what it swallowed up to here cannot be told apart.
                        return .failure(error("csv_syntax_error",
                                              es: "texto después de las comillas de cierre: la tabla termina aquí y el resto, desde la línea \(recordLine), no se leyó: \(unread.text.es)",
                                              en: "text after the closing quote: the table ends here and the rest, from line \(recordLine) on, was not read: \(unread.text.text(.en))",
                                              line: errorLine, column: errorColumn,
                                              help: recordLine == 1 ? Self.otherDelimiterHelp(bytes[position], delimiter: delimiter) ?? Self.quoteHelp : Self.quoteHelp))
                    }
                } else {
                    while has(position) {
                        if position - recordStart > Self.maximumRecordBytes { return tooLarge(recordLine, recordColumn, from: recordStart) }
                        let b = bytes[position]
                        if b == delimiter || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
                        field.append(b)
                        position += 1
                    }
                }
                switch encoding.decode(field) {
                case .success(let text): fields.append(text)
                case .failure(let problem):
                    if undecodable == nil {
                        let offset = CSVEncoding.offset(of: problem, in: field)
                        let place = place(ofTextByte: offset, fieldStart: fieldStart, line: fieldLine, lineStart: fieldLineStart)
                        undecodable = (encodingError(problem, byte: field.indices.contains(offset) ? field[offset] : 0, line: place.line, column: place.column), fields.count)
                    }
                    fields.append("")
                }
                if !has(position) { ended = true }
                else if bytes[position] == delimiter { position += 1 }
                else {
                    if bytes[position] == UInt8(ascii: "\r") { position += 1 }
                    if has(position) && bytes[position] == UInt8(ascii: "\n") { position += 1 }
                    line += 1
                    lineStart = position
                    ended = true
                }
                if ended { break }
            }
            if let undecodable { return .undecodable(undecodable.0, field: undecodable.field) }
            return .record(CSVRecord(fields: fields, line: recordLine, columns: columns, lines: lines))
        }

        /// Where byte `offset` of a field's text is in the file, the field starting at `fieldStart` (its opening quote, if
        /// quoted) on `line`: the field is walked again as `next()` read it, where a doubled quote is one byte of text
        /// and a line break inside quotes (CRLF included) is one LF. The field's bytes are still held.
        func place(ofTextByte offset: Int, fieldStart: Int, line: Int, lineStart: Int) -> (line: Int, column: Int) {
            let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            var position = fieldStart, line = line, lineStart = lineStart
            let quoted = position < bytes.count && bytes[position] == quote
            if quoted { position += 1 }
            for _ in 0..<offset where position < bytes.count {
                let b = bytes[position]
                let pair = position + 1 < bytes.count ? bytes[position + 1] : nil
                if quoted && b == quote { position += 2; continue }
                position += quoted && b == cr && pair == lf ? 2 : 1
                if quoted && (b == lf || b == cr) {
                    line += 1
                    lineStart = position
                }
            }
            return (line, position - lineStart + 1)
        }

        /// The header's quoted cell followed by `byte`, a common delimiter other than the table's (`"Clave";"Nombre"` read
        /// with `,`): the advice to declare it, as for a header whose cells are not quoted.
        static func otherDelimiterHelp(_ byte: UInt8, delimiter: UInt8) -> LocalizedText? {
            guard byte != delimiter, let shown = [UInt8(ascii: ";"): ";", 0x09: "\\t", UInt8(ascii: "|"): "|", UInt8(ascii: ","): ","][byte] else { return nil }
            return LocalizedText(es: "el encabezado parece separado por «\(shown)»: declare delimiter: \"\(shown)\" en el archivo de mapeo",
                                 en: "the header seems separated by '\(shown)': declare delimiter: \"\(shown)\" in the mapping file")
        }

        /// How a quote is written inside a quoted cell, and that one left open swallows what follows.
        static let quoteHelp = LocalizedText(
            es: "cierre las comillas de cada celda que las abre; unas comillas dentro del texto se escriben dobles (\"\"); una celda sin cerrar se traga las líneas que siguen",
            en: "close the quotes of every cell that opens them; a quote inside the text is written twice (\"\"); a cell left open swallows the lines after it")

        /// The record over `maximumRecordBytes`, starting at byte `start`: the table ends here (what follows cannot be
        /// told apart from it).
        mutating func tooLarge(_ line: Int, _ column: Int, from start: Int) -> Item {
            finished = true
            let mebibytes = Self.maximumRecordBytes >> 20
            let unread = countUnread(from: start)
            return .failure(error("csv_record_too_large",
                                  es: "el registro pasa de \(mebibytes) MiB: la tabla termina aquí y el resto, desde la línea \(line), no se leyó: \(unread.text.es)",
                                  en: "the record holds more than \(mebibytes) MiB: the table ends here and the rest, from line \(line) on, was not read: \(unread.text.text(.en))",
                                  line: line, column: column,
                                  help: LocalizedText(es: "revise que el archivo sea una tabla CSV, con un registro por línea",
                                                      en: "check that the file is a CSV table, with one record per line")))
        }

        /// Counts the lines with text from byte `start` (the cut record's) to the end of the table, and keeps the count in
        /// `unread`. The bytes held are scanned, then the rest of the file a chunk at a time, each dropped once counted:
        /// the scan holds one chunk, however long the table. A table that is no regular file may not end (a device): it
        /// is scanned up to `UnreadLines.scanLimit`, and the count is then a lower bound.
        mutating func countUnread(from start: Int) -> UnreadLines {
            var tally = UnreadLines.Tally(delimiter: delimiter)
            bytes[Swift.min(start, bytes.count)...].withUnsafeBufferPointer { tally.feed($0) }
            var atLeast = false
            if let chunks, !chunks.failed {
                atLeast = chunks.scanRest(limit: chunks.isRegularFile ? nil : UnreadLines.scanLimit) { tally.feed($0) }
                if chunks.failed { atLeast = true }
            }
            let counted = UnreadLines(count: tally.total, atLeast: atLeast)
            unread = counted
            return counted
        }

        /// The error of a field that is not text in the table's encoding, `byte` being the one where it starts.
        func encodingError(_ problem: CSVEncoding.Problem, byte: UInt8, line: Int, column: Int) -> Diagnostic {
            let hex = String(byte, radix: 16, uppercase: true)
            return switch problem {
            case .notUTF8:
                error("invalid_utf8", es: "el texto no es UTF-8 válido: secuencia incorrecta que empieza con el byte 0x\(hex)",
                      en: "the text is not valid UTF-8: ill-formed sequence starting with byte 0x\(hex)", line: line, column: column,
                      help: LocalizedText(es: "guarde la tabla como «CSV UTF-8», o declare `encoding: windows-1252` en el archivo de mapeo si la hoja de cálculo la guardó así, como es habitual en Windows",
                                          en: "save the table as \"CSV UTF-8\", or declare `encoding: windows-1252` in the mapping file if the spreadsheet saved it so, as is usual on Windows"))
            case .undefinedByte:
                error("invalid_encoding", es: "el texto tiene el byte 0x\(hex), que no es texto en Windows-1252",
                      en: "the text holds byte 0x\(hex), which is not text in Windows-1252", line: line, column: column,
                      help: LocalizedText(es: "revise la codificación de la tabla: guárdela como «CSV UTF-8» y quite `encoding` del mapeo",
                                          en: "check the table's encoding: save it as \"CSV UTF-8\" and remove `encoding` from the mapping"))
            case .looksUTF8:
                error("invalid_encoding", es: "el texto está en UTF-8, no en Windows-1252 como declara el mapeo",
                      en: "the text is UTF-8, not Windows-1252 as the mapping declares", line: line, column: column,
                      help: LocalizedText(es: "quite `encoding: windows-1252` del archivo de mapeo", en: "remove `encoding: windows-1252` from the mapping file"))
            }
        }

        func error(_ code: String, es: String, en: String, line: Int, column: Int, help: LocalizedText? = nil) -> Diagnostic {
            .error(code, LocalizedText(es: es, en: en), at: SourceRange(at: SourceLocation(file: file, line: line, column: column)), help: help)
        }
    }
}
